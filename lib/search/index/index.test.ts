import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentFingerprint, SearchDocument } from '../../content/search-documents.ts'
import type { Database, Engine, EngineTarget } from '../../db/engine.ts'
import { searchExcerpt } from '../excerpt.ts'
import { bundledDocuments, migratedEngine, onEachEngine, syntheticDocuments } from './fixtures.ts'
import { createSearchIndex, type SearchIndex } from './index.ts'
import { cardOf } from './store.ts'

// The index's writes and reads on each engine: a whole refill that readers never see half
// done, one post written or taken out (its words with it), the fingerprint, Swahili and Sheng
// words, paging, and text no reader should be able to break it with.

const TRUST = 'post-the-hidden-forces-making-trust-harder-in-todays-relationships'
const LONELINESS = 'post-why-loneliness-is-rising-despite-social-media'

/** The content's fingerprint as lib/content works it out (SEARCH_FINGERPRINT_QUERY). */
const fingerprintOf = (documents: readonly SearchDocument[]): ContentFingerprint => ({
  count: documents.length,
  latest:
    documents
      .map((d) => d._updatedAt)
      .sort()
      .at(-1) ?? null,
  seconds: documents.reduce((sum, d) => sum + Math.round(Date.parse(d._updatedAt) / 1000), 0),
})

/** A post of our own, shaped as the content door gives it. */
function post(id: string, title: string, text: string, overrides: Partial<SearchDocument> = {}) {
  return {
    _id: id,
    _updatedAt: '2026-12-01T10:00:00.500Z',
    title,
    slug: id,
    publishedAt: '2026-12-01T09:00:00.000Z',
    excerpt: null,
    category: { title: 'Society', slug: 'society' },
    coverImage: null,
    headings: '',
    text,
    ...overrides,
  } as SearchDocument
}

const ODD_QUERIES = [
  '',
  '   ',
  '!!!',
  '%_%',
  '*',
  '?',
  '&|!():*<->',
  "lone:* | 'x'",
  "'; DROP TABLE search_documents; --",
  'SELECT * FROM search_vocabulary WHERE 1=1',
  '*[_type == "post"]{title}',
  'title match "trust*"',
  '"',
  '""trust""',
  "it's",
  '\\',
  '\\\\x\\',
  "O'Brien\\'s",
  '$1',
  '😀',
  '😀😃🙈 trust 💔',
  '\u0000trust\u0000',
  'مرحبا',
  'e\u0301te\u0301',
  'a'.repeat(1000),
  'trust '.repeat(200),
  Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '),
]

function indexSuite(target: () => EngineTarget, kind: EngineTarget['kind']) {
  let engine: Engine
  let index: SearchIndex
  let bundled: SearchDocument[]

  beforeAll(async () => {
    engine = await migratedEngine(target())
    index = createSearchIndex(engine.db)
    bundled = await bundledDocuments()
  }, 60_000)
  afterAll(async () => {
    await engine?.close()
  })

  it('is empty before the first fill, then holds and fingerprints what it was given', async () => {
    expect(await index.count()).toBe(0)
    expect(await index.fingerprint()).toEqual({ count: 0, latest: null, seconds: 0 })
    expect(await index.search('trust', { offset: 0, limit: 10 })).toMatchObject({ total: 0 })

    await index.replaceAll(bundled)
    expect(await index.count()).toBe(bundled.length)
    const fingerprint = await index.fingerprint()
    expect(fingerprint).toEqual(fingerprintOf(bundled))
  })

  it('gives results in the shape of a search result: the card and the plain text', async () => {
    const found = await index.search('lonely', { offset: 0, limit: 10 })
    const loneliness = bundled.find((d) => d._id === LONELINESS)!
    expect(found.results[0]).toEqual({ ...cardOf(loneliness), text: loneliness.text })
    expect(found.results[0]).not.toHaveProperty('headings')
    expect(found.marks).toEqual(expect.arrayContaining(['lonely', 'lone']))
    // The marks find the reader's word in its other form.
    const excerpt = searchExcerpt(found.results[0]!.text, found.marks)
    expect(excerpt?.find((part) => part.match)?.text).toBe('Loneliness')
    expect(found.suggestion).toBeNull()
  })

  it('marks the corrected word, not the typo', async () => {
    const found = await index.search('lonliness', { offset: 0, limit: 10 })
    expect(found.suggestion).toBe('loneliness')
    expect(found.marks).toEqual(expect.arrayContaining(['loneliness']))
    expect(found.marks).not.toContain('lonliness')
  })

  it('pages: offset and limit, the total on every page, nothing past the end', async () => {
    const all = await index.search('relationships', { offset: 0, limit: 100 })
    expect(all.total).toBe(all.results.length)
    expect(all.total).toBeGreaterThan(3)
    const second = await index.search('relationships', { offset: 2, limit: 2 })
    expect(second.results.map((r) => r._id)).toEqual(all.results.slice(2, 4).map((r) => r._id))
    expect(second.total).toBe(all.total)
    const past = await index.search('relationships', { offset: 500, limit: 10 })
    expect(past).toMatchObject({ results: [], total: all.total })
    for (const page of [
      { offset: -5, limit: 3 },
      { offset: Number.NaN, limit: Number.POSITIVE_INFINITY },
      { offset: 1.7, limit: 2.2 },
      { offset: 0, limit: 0 },
    ]) {
      const found = await index.search('relationships', page)
      expect(found.total).toBe(all.total)
      expect(found.results.length).toBeLessThanOrEqual(100)
    }
  })

  it('never throws on odd text, and leaves the index as it was', async () => {
    for (const query of ODD_QUERIES) {
      const found = await index.search(query, { offset: 0, limit: 10 })
      expect(Array.isArray(found.results), query).toBe(true)
      expect(found.total, query).toBeGreaterThanOrEqual(0)
    }
    expect(await index.count()).toBe(bundled.length)
    expect((await index.search('😀😃🙈 trust 💔', { offset: 0, limit: 3 })).results[0]?._id).toBe(
      TRUST,
    )
  })

  it('updates results and vocabulary when one post is written, changed and taken out', async () => {
    const page = { offset: 0, limit: 10 }
    expect((await index.search('harambee', page)).total).toBe(0)
    const gathering = post(
      'post-harambee',
      'The Harambee That Paid the Fees',
      'A harambee at church.',
    )
    await index.upsert(gathering)
    expect(await index.count()).toBe(bundled.length + 1)
    expect((await index.search('harambee', page)).results.map((r) => r._id)).toEqual([
      'post-harambee',
    ])
    // The vocabulary knows the new word: a typo of it is corrected. ("harambe" needs no
    // correction: 'haramb':* is a prefix of the stem 'harambe'.)
    expect(await index.search('harambe', page)).toMatchObject({ suggestion: null, total: 1 })
    expect(await index.search('harmbee', page)).toMatchObject({
      suggestion: 'harambee',
      total: 1,
    })
    expect(await index.fingerprint()).toEqual(fingerprintOf([...bundled, gathering]))

    // Written again without the word: found by its new words only, the old one forgotten.
    const renamed = post('post-harambee', 'The Fundraiser That Paid the Fees', 'Friends gave.', {
      _updatedAt: '2026-12-02T10:00:00.000Z',
    })
    await index.upsert(renamed)
    expect(await index.count()).toBe(bundled.length + 1)
    expect((await index.search('harambee', page)).total).toBe(0)
    expect((await index.search('harmbee', page)).suggestion).toBeNull()
    expect((await index.search('fundraiser', page)).results[0]?._id).toBe('post-harambee')
    expect(await index.fingerprint()).toEqual(fingerprintOf([...bundled, renamed]))

    await index.remove('post-harambee')
    await index.remove('post-never-indexed')
    expect(await index.count()).toBe(bundled.length)
    expect((await index.search('fundraiser', page)).total).toBe(0)
    expect((await index.search('fundraisr', page)).suggestion).toBeNull()
    expect(await index.fingerprint()).toEqual(fingerprintOf(bundled))
  })

  it("keeps the vocabulary's counts: a word two posts share stays until both are gone", async () => {
    const page = { offset: 0, limit: 10 }
    await index.upsert(post('post-one', 'Kitenge Colours', 'A kitenge for the wedding.'))
    await index.upsert(post('post-two', 'Kitenge Markets', 'A kitenge in Gikomba.'))
    await index.remove('post-one')
    expect(await index.search('kitenje', page)).toMatchObject({ suggestion: 'kitenge', total: 1 })
    await index.remove('post-two')
    expect((await index.search('kitenje', page)).suggestion).toBeNull()
  })

  it('matches Swahili and Sheng words as typed, the exact word before longer ones', async () => {
    const page = { offset: 0, limit: 10 }
    const sheng = post(
      'post-sheng',
      'Mapenzi Bila Pesa',
      'Dem wangu anasema mapenzi si pesa. Wasee wanasema pesa ndio kila kitu.',
    )
    const english = post('post-english', 'Demand and Democracy', 'The demand for democracy grows.')
    await index.upsert(sheng)
    await index.upsert(english)
    try {
      expect((await index.search('mapenzi', page)).results.map((r) => r._id)).toEqual([
        'post-sheng',
      ])
      expect((await index.search('pesa', page)).results[0]?._id).toBe('post-sheng')
      expect((await index.search('wasee', page)).results[0]?._id).toBe('post-sheng')
      // "dem" begins "demand" and "democracy" too: the word itself ranks first.
      const dem = await index.search('dem', page)
      expect(dem.results.map((r) => r._id).slice(0, 2)).toEqual(['post-sheng', 'post-english'])
      expect(dem.suggestion).toBeNull()
      expect((await index.search('mapenzi pesa', page)).results[0]?._id).toBe('post-sheng')
    } finally {
      await index.remove('post-sheng')
      await index.remove('post-english')
    }
  })

  it('replaces everything in one transaction: a search meanwhile never finds nothing', async () => {
    const synthetic = await syntheticDocuments(600)
    await index.replaceAll(bundled)
    let refilling = true
    const totals: number[] = []
    const counts: number[] = []
    const refill = (async () => {
      try {
        await index.replaceAll(synthetic)
        await index.replaceAll(bundled)
        await index.replaceAll(synthetic)
      } finally {
        refilling = false
      }
    })()
    while (refilling) {
      const [found, count] = await Promise.all([
        index.search('trust', { offset: 0, limit: 3 }),
        index.count(),
      ])
      totals.push(found.total)
      counts.push(count)
    }
    await refill
    expect(totals.length).toBeGreaterThan(0)
    expect(Math.min(...totals)).toBeGreaterThan(0)
    expect(counts.every((count) => count === bundled.length || count === synthetic.length)).toBe(
      true,
    )
    expect(await index.count()).toBe(synthetic.length)
    expect(await index.fingerprint()).toEqual(fingerprintOf(synthetic))
    // Posts of the old fill that the new one lacks are gone, their words with them.
    await index.replaceAll(bundled.filter((d) => d._id !== LONELINESS))
    expect((await index.search('chama', { offset: 0, limit: 3 })).total).toBe(0)
    expect((await index.search('lonliness', { offset: 0, limit: 3 })).suggestion).toBeNull()
    await index.replaceAll(bundled)
  }, 120_000)

  it('takes the last of two documents with one id in a fill', async () => {
    const first = post('post-twice', 'First Version', 'Old words.')
    const second = post('post-twice', 'Second Version', 'New words.')
    await index.replaceAll([...bundled, first, second])
    expect(await index.count()).toBe(bundled.length + 1)
    expect((await index.search('second version', { offset: 0, limit: 1 })).results[0]?._id).toBe(
      'post-twice',
    )
    await index.replaceAll(bundled)
  })

  if (kind === 'postgres') {
    it("shares the index between instances: one's writes are the other's results", async () => {
      const other = await migratedEngine(target())
      try {
        const elsewhere = createSearchIndex(other.db)
        await index.upsert(post('post-shared', 'Matatu Culture', 'Matatu art.'))
        expect((await elsewhere.search('matatu', { offset: 0, limit: 3 })).total).toBe(1)
        await elsewhere.remove('post-shared')
        expect((await index.search('matatu', { offset: 0, limit: 3 })).total).toBe(0)
      } finally {
        await other.close()
      }
    })
  }
}

it('answers a query without words without asking the database', async () => {
  const refusing = {
    execute: () => {
      throw new Error('the database was asked')
    },
    transaction: () => {
      throw new Error('the database was asked')
    },
  } as unknown as Database
  const index = createSearchIndex(refusing)
  for (const query of ['', '!!!', '😀', '&|!():*', '\\', '"', "'"]) {
    expect(await index.search(query, { offset: 0, limit: 10 })).toEqual({
      results: [],
      total: 0,
      totalIsAtLeast: false,
      marks: [],
      suggestion: null,
    })
  }
})

onEachEngine(5449, (target, kind) => describe('the search index', () => indexSuite(target, kind)))
