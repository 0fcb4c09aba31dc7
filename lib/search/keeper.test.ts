import { describe, expect, it } from 'vitest'
import type { ContentFingerprint, SearchDocument } from '@/lib/content/search-documents.ts'
import { createSearchKeeper, sameFingerprint, type KeeperDeps } from './keeper.ts'
import type { SearchIndex } from './index/index.ts'

// The keeper against a content source and an index that keep what they are given in memory:
// what it reads, when it rebuilds, and what one change does.

const doc = (id: string, updated: string): SearchDocument =>
  ({ _id: id, _updatedAt: updated, title: id, text: '', headings: '' }) as SearchDocument

const fingerprintOf = (docs: readonly SearchDocument[]): ContentFingerprint => ({
  count: docs.length,
  latest:
    docs
      .map((d) => d._updatedAt)
      .sort()
      .at(-1) ?? null,
  seconds: docs.reduce((sum, d) => sum + Math.round(Date.parse(d._updatedAt) / 1000), 0),
})

function world(initial: SearchDocument[]) {
  const content = new Map(initial.map((d) => [d._id, d]))
  const indexed = new Map<string, SearchDocument>()
  const calls: string[] = []
  const index = {
    replaceAll: async (docs: readonly SearchDocument[]) => {
      calls.push(`replaceAll:${docs.length}`)
      indexed.clear()
      for (const d of docs) indexed.set(d._id, d)
    },
    upsert: async (d: SearchDocument) => {
      calls.push(`upsert:${d._id}`)
      indexed.set(d._id, d)
    },
    remove: async (id: string) => {
      calls.push(`remove:${id}`)
      indexed.delete(id)
    },
    fingerprint: async () => fingerprintOf([...indexed.values()]),
  } as unknown as SearchIndex
  const deps: KeeperDeps = {
    index: async () => index,
    listDocuments: async () => {
      calls.push('list')
      return [...content.values()]
    },
    getDocument: async (id) => content.get(id) ?? null,
    fingerprint: async () => fingerprintOf([...content.values()]),
    log: () => {},
  }
  return { content, indexed, calls, keeper: createSearchKeeper(deps) }
}

const A = doc('a', '2026-01-01T10:00:00Z')
const B = doc('b', '2026-01-02T10:00:00Z')

describe('the search keeper', () => {
  it('fills an empty index, then leaves a current one alone', async () => {
    const { keeper, indexed, calls } = world([A, B])
    expect(await keeper.refresh()).toMatchObject({ rebuilt: true, count: 2 })
    expect([...indexed.keys()].sort()).toEqual(['a', 'b'])
    expect(await keeper.refresh()).toMatchObject({ rebuilt: false, count: 2 })
    expect(calls).toEqual(['list', 'replaceAll:2'])
  })

  it('rebuilds when a change happened that it never heard of, even after a later one it did', async () => {
    const { keeper, content, indexed } = world([A, B])
    await keeper.refresh()
    // Another instance got the webhook for this edit of "a"...
    content.set('a', doc('a', '2026-02-01T10:00:00Z'))
    // ...this one gets the next, a newer edit of "b", and applies it.
    content.set('b', doc('b', '2026-02-02T10:00:00Z'))
    expect(await keeper.applyChange({ _type: 'post', _id: 'b' })).toBe('upserted')
    // Count and newest change agree now; the sum of changes does not.
    expect(await keeper.refresh()).toMatchObject({ rebuilt: true })
    expect(indexed.get('a')?._updatedAt).toBe('2026-02-01T10:00:00Z')
  })

  it('writes a published post, removes one readers may no longer see, by its published id', async () => {
    const { keeper, content, indexed } = world([A])
    await keeper.refresh()
    content.set('b', B)
    expect(await keeper.applyChange({ _type: 'post', _id: 'drafts.b' })).toBe('upserted')
    expect(indexed.has('b')).toBe(true)
    content.delete('a')
    expect(await keeper.applyChange({ _type: 'post', _id: 'a' })).toBe('removed')
    expect(indexed.has('a')).toBe(false)
  })

  it('rebuilds for a renamed category, and ignores other types (an author is on no card)', async () => {
    const { keeper, calls } = world([A])
    await keeper.refresh()
    expect(await keeper.applyChange({ _type: 'category', _id: 'c' })).toBe('rebuilt')
    expect(await keeper.applyChange({ _type: 'author', _id: 'x' })).toBe('unchanged')
    expect(await keeper.applyChange({ _type: 'siteSettings', _id: 'siteSettings' })).toBe(
      'unchanged',
    )
    expect(await keeper.applyChange({ _type: 'post', _id: null })).toBe('unchanged')
    expect(calls.filter((call) => call.startsWith('replaceAll'))).toHaveLength(2)
  })

  it('shares one run between concurrent refreshes', async () => {
    const { keeper, calls } = world([A, B])
    await Promise.all([keeper.refresh(), keeper.refresh(), keeper.refresh({ force: true })])
    expect(calls.filter((call) => call === 'list')).toHaveLength(1)
  })
})

describe('sameFingerprint', () => {
  it('compares instants, not their spelling', () => {
    const a = { count: 2, latest: '2026-01-02T10:00:00Z', seconds: 5 }
    expect(sameFingerprint(a, { ...a, latest: '2026-01-02T10:00:00.000+00:00' })).toBe(true)
    expect(sameFingerprint(a, { ...a, seconds: 6 })).toBe(false)
    expect(sameFingerprint(a, { ...a, count: 3 })).toBe(false)
    expect(sameFingerprint(a, { ...a, latest: null })).toBe(false)
  })
})
