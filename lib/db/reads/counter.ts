import '../../server-only.ts'
import { asc, desc, gte, inArray, sql } from 'drizzle-orm'
import { firstDayOf, nairobiDay, type ReadCounter } from '../../reads/counter.ts'
import type { Database } from '../engine.ts'
import { articleReads } from '../schema.ts'

/** Reads per article and day (lib/reads/counter.ts), in SQL both engines run. */
export function createReadCounter(db: Database): ReadCounter {
  return {
    async count(slug, now) {
      // One statement: the row of the day is made by the first read and incremented by
      // the others, atomically, however many instances and connections count at once.
      await db
        .insert(articleReads)
        .values({ slug, day: nairobiDay(now), count: 1 })
        .onConflictDoUpdate({
          target: [articleReads.slug, articleReads.day],
          set: { count: sql`${articleReads.count} + 1` },
        })
    },

    async stats(slugs, now) {
      if (slugs.length === 0) return []
      const since = firstDayOf(7, now)
      const rows = await db
        .select({
          slug: articleReads.slug,
          lastSevenDays:
            sql<number>`coalesce(sum(${articleReads.count}) FILTER (WHERE ${gte(articleReads.day, since)}), 0)`.mapWith(
              Number,
            ),
          total: sql<number>`sum(${articleReads.count})`.mapWith(Number),
        })
        .from(articleReads)
        .where(inArray(articleReads.slug, [...slugs]))
        .groupBy(articleReads.slug)
      const found = new Map(rows.map((row) => [row.slug, row]))
      return slugs.map((slug) => found.get(slug) ?? { slug, lastSevenDays: 0, total: 0 })
    },

    async mostRead({ days, limit, now }) {
      const reads = sql<number>`sum(${articleReads.count})`.mapWith(Number)
      return db
        .select({ slug: articleReads.slug, reads })
        .from(articleReads)
        .where(gte(articleReads.day, firstDayOf(days, now)))
        .groupBy(articleReads.slug)
        .orderBy(desc(reads), asc(articleReads.slug))
        .limit(limit)
    },
  }
}
