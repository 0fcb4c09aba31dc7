import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchDocument } from '../../content/search-documents.ts'
import type { Engine } from '../../db/engine.ts'
import { migratedEngine, onEachEngine } from './fixtures.ts'
import { createSearchIndex, type SearchIndex } from './index.ts'
import { CANDIDATES_FROM_TITLES, NEWEST_BODY_MATCHES, RECENT_POSTS, TOTAL_CAP } from './search.ts'

// A word more posts use than the index counts (search.ts: TOTAL_CAP): the count stops there
// and says so, every page up to it is full, and the posts ranked are the candidates (the best
// titles and the newest matches), so an old post with the word in its title still comes first;
// when those are too few for a page (the newest posts lack the word), the newest matches are.

const MATCHES = TOTAL_CAP + 50
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString()

/** Post i is i hours after the first: post 0 is the oldest. */
function post(i: number, title: string, text: string): SearchDocument {
  return {
    _id: `post-${i}`,
    _updatedAt: day(i),
    title,
    slug: `post-${i}`,
    publishedAt: day(i),
    excerpt: null,
    category: { title: 'Society', slug: 'society' },
    coverImage: null,
    headings: '',
    text,
  } as SearchDocument
}

const documents = [
  // The oldest post has the word in its title: a title candidate however old.
  post(0, 'Harambee', 'A fundraiser for the school. Harambee.'),
  ...Array.from({ length: MATCHES - 1 }, (_, i) =>
    post(i + 1, `Notes from week ${i + 1}`, `The week's news, and a harambee for the clinic.`),
  ),
  // The newest posts do not have it: the candidates the newest posts give are none.
  ...Array.from({ length: RECENT_POSTS + 20 }, (_, i) =>
    post(MATCHES + i, `Unrelated ${i}`, 'Nothing of the word here.'),
  ),
]

it('counts more than the candidates it ranks, so its cap is tested past both', () => {
  expect(TOTAL_CAP).toBeGreaterThan(CANDIDATES_FROM_TITLES + NEWEST_BODY_MATCHES)
  expect(RECENT_POSTS).toBeLessThan(MATCHES)
})

onEachEngine(5453, (target) => {
  let engine: Engine
  let index: SearchIndex
  beforeAll(async () => {
    engine = await migratedEngine(target())
    index = createSearchIndex(engine.db)
    await index.replaceAll(documents)
  }, 60_000)
  afterAll(async () => {
    await engine?.close()
  })

  describe('more matches than the cap', () => {
    it('counts up to the cap and says the count is a floor, the first page full', async () => {
      const found = await index.search('harambee', { offset: 0, limit: 10 })
      expect(found.total).toBe(TOTAL_CAP)
      expect(found.totalIsAtLeast).toBe(true)
      expect(found.results).toHaveLength(10)
    })

    it('ranks the oldest post first: its title has the word', async () => {
      const found = await index.search('harambee', { offset: 0, limit: 10 })
      expect(found.results[0]?._id).toBe('post-0')
    })

    it('fills every page up to the last the count reaches, none after', async () => {
      const last = await index.search('harambee', { offset: TOTAL_CAP - 10, limit: 10 })
      expect(last.results).toHaveLength(10)
      expect(last.totalIsAtLeast).toBe(true)
      const middle = await index.search('harambee', { offset: 500, limit: 10 })
      expect(middle.results).toHaveLength(10)
    })

    it('counts without a page asked for', async () => {
      const found = await index.search('harambee', { offset: 0, limit: 0 })
      expect(found).toMatchObject({ results: [], total: TOTAL_CAP, totalIsAtLeast: true })
    })
  })

  describe('fewer matches than the cap', () => {
    it('counts exactly, and ranks every match', async () => {
      const found = await index.search('fundraiser', { offset: 0, limit: 10 })
      expect(found).toMatchObject({ total: 1, totalIsAtLeast: false })
      expect(found.results.map((result) => result._id)).toEqual(['post-0'])
    })
  })
})
