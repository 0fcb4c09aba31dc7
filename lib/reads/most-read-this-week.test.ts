import { afterEach, describe, expect, it, vi } from 'vitest'

// The home page's list never fails its page: no database at build time on PGlite, nothing
// when the database is down, and the cards in the counted order, without unreadable posts.

const mostRead = vi.fn()
const cards = vi.fn()
vi.mock('@/lib/db/index.ts', () => ({ readCounter: async () => ({ mostRead }) }))
vi.mock('@/lib/content', () => ({ getPostCardsBySlug: (slugs: string[]) => cards(slugs) }))

const { mostReadThisWeek } = await import('./most-read-this-week.ts')

afterEach(() => {
  vi.unstubAllEnvs()
  mostRead.mockReset()
  cards.mockReset()
})

describe('Most read this week', () => {
  it('is the five most read posts that are still readable, most read first', async () => {
    const slugs = ['a', 'b', 'gone', 'c', 'd', 'e', 'f']
    mostRead.mockResolvedValue(slugs.map((slug, i) => ({ slug, reads: 100 - i })))
    cards.mockImplementation(async (asked: string[]) =>
      asked.filter((slug) => slug !== 'gone').map((slug) => ({ slug })),
    )
    const now = new Date('2031-03-04T09:00:00Z')
    expect((await mostReadThisWeek(now)).map((card) => card.slug)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ])
    expect(mostRead).toHaveBeenCalledWith({ days: 7, limit: 10, now })
  })

  it('is empty, and asks no database, while next build runs on PGlite', async () => {
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    expect(await mostReadThisWeek()).toEqual([])
    expect(mostRead).not.toHaveBeenCalled()
  })

  it('is empty, not an error, when the database is down', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    mostRead.mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
    expect(await mostReadThisWeek()).toEqual([])
    expect(warn).toHaveBeenCalledWith(
      'reads: the home page is built without Most read: connect ECONNREFUSED 127.0.0.1:5432',
    )
  })
})
