import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  postgresBinDir,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '@/tests/harness/postgres-server.ts'
import { firstDayOf, nairobiDay, type ReadCounter } from '../../reads/counter.ts'
import { createEngine, type Engine, type EngineTarget } from '../engine.ts'
import { applyMigrations } from '../migrate.ts'
import { MIGRATIONS } from '../migrations/index.ts'
import { createReadCounter } from './counter.ts'

// The read counter as the site runs it, the same SQL on PGlite in memory and on a real
// PostgreSQL started here. Each test counts slugs of its own, so the tests share one database.

const POSTGRES_PORT = 5470
const hasPostgres = postgresBinDir() !== null

let serial = 0
const ownSlug = (name: string) => `${name}-${++serial}-${Math.random().toString(36).slice(2, 8)}`

/** Midday in Nairobi on a day of 2031, `offset` days after 1 March. */
const day = (offset: number) => new Date(Date.UTC(2031, 2, 1 + offset, 9))

function counterSuite(name: string, target: () => EngineTarget) {
  describe(`the read counter on ${name}`, () => {
    let engine: Engine
    let counter: ReadCounter

    beforeAll(async () => {
      engine = await createEngine(target())
      await engine.withSession((session) => applyMigrations(session, MIGRATIONS))
      counter = createReadCounter(engine.db)
    }, 60_000)
    afterAll(async () => {
      await engine?.close()
    })

    const rowsOf = (slug: string) =>
      engine.withSession((session) =>
        session.rows<{ day: string; count: string }>(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, count::text FROM article_reads WHERE slug = $1 ORDER BY day`,
          [slug],
        ),
      )

    it('keeps one row per article and day, however many reads', async () => {
      const slug = ownSlug('rows')
      await counter.count(slug, day(0))
      await counter.count(slug, day(0))
      await counter.count(slug, day(1))
      expect(await rowsOf(slug)).toEqual([
        { day: '2031-03-01', count: '2' },
        { day: '2031-03-02', count: '1' },
      ])
    })

    it('counts by the Nairobi day: 22:30 UTC is already the next day there', async () => {
      const slug = ownSlug('nairobi')
      await counter.count(slug, new Date('2031-03-01T20:59:00Z'))
      await counter.count(slug, new Date('2031-03-01T21:00:00Z'))
      expect(await rowsOf(slug)).toEqual([
        { day: '2031-03-01', count: '1' },
        { day: '2031-03-02', count: '1' },
      ])
    })

    it('loses no read: 10,000 counted by 100 callers at once are 10,000', async () => {
      const slug = ownSlug('together')
      const now = day(3)
      const caller = async () => {
        for (let i = 0; i < 100; i += 1) await counter.count(slug, now)
      }
      await Promise.all(Array.from({ length: 100 }, caller))
      expect(await rowsOf(slug)).toEqual([{ day: '2031-03-04', count: '10000' }])
      expect(await counter.stats([slug], now)).toEqual([
        { slug, lastSevenDays: 10_000, total: 10_000 },
      ])
    }, 120_000)

    it('gives the last seven days (today and the six before) and the total', async () => {
      const slug = ownSlug('stats')
      const other = ownSlug('never-read')
      for (const offset of [0, 3, 3, 9, 10, 10, 10]) await counter.count(slug, day(offset))
      // On day 10 the last seven days are days 4 to 10: the reads of days 9 and 10.
      expect(await counter.stats([slug, other], day(10))).toEqual([
        { slug, lastSevenDays: 4, total: 7 },
        { slug: other, lastSevenDays: 0, total: 0 },
      ])
      expect(await counter.stats([], day(10))).toEqual([])
    })

    it('ranks the most read of a span, most first, ties by slug', async () => {
      // A span of its own: a year no other test counts in.
      const at = (offset: number) => new Date(Date.UTC(2040, 0, 1 + offset, 9))
      const [a, b, c, old] = ['a', 'b', 'c', 'old'].map((name) => `most-${name}-${serial}`)
      const read = async (slug: string, times: number, offset: number) => {
        for (let i = 0; i < times; i += 1) await counter.count(slug, at(offset))
      }
      await read(old!, 50, 0) // 30 days before the 31st of January: outside both spans.
      await read(a!, 3, 29)
      await read(b!, 5, 30)
      await read(c!, 3, 30)
      await read(a!, 9, 20) // Within 30 days, not within 7.
      expect(await counter.mostRead({ days: 7, limit: 5, now: at(30) })).toEqual([
        { slug: b, reads: 5 },
        { slug: a, reads: 3 },
        { slug: c, reads: 3 },
      ])
      expect(await counter.mostRead({ days: 30, limit: 2, now: at(30) })).toEqual([
        { slug: a, reads: 12 },
        { slug: b, reads: 5 },
      ])
    })
  })
}

describe('Nairobi days', () => {
  it('names the day in Nairobi and the first day of a span', () => {
    expect(nairobiDay(new Date('2031-12-31T21:00:00Z'))).toBe('2032-01-01')
    expect(firstDayOf(7, new Date('2031-03-04T09:00:00Z'))).toBe('2031-02-26')
    expect(firstDayOf(1, new Date('2031-03-04T09:00:00Z'))).toBe('2031-03-04')
  })
})

counterSuite('PGlite', () => ({ kind: 'pglite', dataDir: null, label: 'PGlite in memory' }))

describe.skipIf(!hasPostgres)('on a real PostgreSQL', () => {
  let postgres: ThrowawayPostgres
  beforeAll(async () => {
    postgres = await startThrowawayPostgres(POSTGRES_PORT)
  }, 60_000)
  afterAll(async () => {
    await postgres?.remove()
  }, 60_000)

  // 100 callers over 90 connections of the pool (PostgreSQL's default max_connections is 100):
  // the upserts really run side by side in separate backends.
  counterSuite('PostgreSQL', () => ({
    kind: 'postgres',
    url: postgres.url,
    label: 'a throwaway PostgreSQL',
    poolSize: 90,
  }))
})
