import { describe, expect, it } from 'vitest'
import { createBundledSource } from '../content/bundled-source.ts'
import {
  rankRelatedReads,
  SUGGESTED_READS_DEFAULT,
  SUGGESTED_READS_MAX,
  SUGGESTED_READS_MIN,
  suggestedReadsCount,
} from './related-reads.ts'
import { RELATED_CANDIDATES_QUERY } from '../../sanity/queries.ts'

const post = (id: string) => ({ _id: id })

describe('rankRelatedReads', () => {
  it('puts the editor picks first, in their order, then the candidates', () => {
    const reads = rankRelatedReads('self', [post('p2'), post('p1')], [post('c1'), post('c2')])
    expect(reads.map((read) => read._id)).toEqual(['p2', 'p1', 'c1', 'c2'])
  })

  it('never includes the post itself, never the same post twice, at most `limit`', () => {
    const reads = rankRelatedReads(
      'self',
      [post('self'), post('a'), post('a')],
      [post('a'), post('self'), post('b'), post('c'), post('d'), post('e')],
      4,
    )
    expect(reads.map((read) => read._id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('shows seven by default', () => {
    const many = 'abcdefghij'.split('').map(post)
    expect(rankRelatedReads('self', [], many)).toHaveLength(7)
    expect(SUGGESTED_READS_DEFAULT).toBe(7)
  })
})

describe('suggestedReadsCount', () => {
  it('takes the setting when it is a whole number within bounds', () => {
    expect(suggestedReadsCount(3)).toBe(3)
    expect(suggestedReadsCount(SUGGESTED_READS_MIN)).toBe(1)
    expect(suggestedReadsCount(SUGGESTED_READS_MAX)).toBe(12)
  })

  it('uses seven when unset, and keeps any other value within bounds', () => {
    for (const unset of [undefined, null, '5', Number.NaN, Infinity])
      expect(suggestedReadsCount(unset)).toBe(7)
    expect(suggestedReadsCount(0)).toBe(1)
    expect(suggestedReadsCount(-4)).toBe(1)
    expect(suggestedReadsCount(40)).toBe(12)
    expect(suggestedReadsCount(4.7)).toBe(4)
  })

  it('skips picks that no longer resolve (unpublished or deleted posts)', () => {
    const reads = rankRelatedReads('self', [null, post('a'), undefined], [post('b')])
    expect(reads.map((read) => read._id)).toEqual(['a', 'b'])
  })
})

describe('RELATED_CANDIDATES_QUERY', () => {
  const category = (id: string) => ({
    _id: id,
    _type: 'category',
    title: id,
    slug: { current: id },
  })
  const doc = (id: string, publishedAt: string, categories: string[]) => ({
    _id: id,
    _type: 'post',
    title: id,
    slug: { current: id },
    publishedAt,
    categories: categories.map((ref) => ({ _type: 'reference', _ref: ref, _key: ref })),
  })
  const documents = [
    category('love'),
    category('money'),
    category('society'),
    doc('self', '2026-02-01T00:00:00Z', ['love', 'money']),
    doc('both-old', '2026-01-01T00:00:00Z', ['money', 'love']),
    doc('one-new', '2026-01-20T00:00:00Z', ['love']),
    doc('one-old', '2026-01-10T00:00:00Z', ['money']),
    doc('none-newest', '2026-03-01T00:00:00Z', ['society']),
    doc('none-old', '2025-12-01T00:00:00Z', []),
    { ...doc('draft', '2026-03-02T00:00:00Z', ['love', 'money']), _id: 'drafts.draft' },
    { ...doc('no-slug', '2026-03-02T00:00:00Z', ['love', 'money']), slug: undefined },
  ]

  it('ranks by shared categories, then newest, leaving out self, drafts and unreadable posts', async () => {
    const source = createBundledSource(async () => documents)
    const candidates = await source.fetch<Array<{ _id: string }>>(
      RELATED_CANDIDATES_QUERY,
      { postId: 'self', categoryIds: ['love', 'money'], limit: 10 },
      [],
    )
    expect(candidates.map((c) => c._id)).toEqual([
      'both-old',
      'one-new',
      'one-old',
      'none-newest',
      'none-old',
    ])
  })
})
