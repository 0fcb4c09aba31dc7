import { nairobiDateParts } from '../addresses/permalink.ts'

// What readers read (#26): reads counted per article and day, in the site's own database
// (lib/db/reads/counter.ts). Pure types and the day's arithmetic: no database here.

/** One article's reads, as editors see them in the Studio. */
export type ReadStats = { slug: string; lastSevenDays: number; total: number }

/** An article and its reads over a span of days, most read first. */
export type MostRead = { slug: string; reads: number }

export type ReadCounter = {
  /** Counts one read of `slug` on `now`'s Nairobi day: one atomic upsert, never lost. */
  count(slug: string, now: Date): Promise<void>
  /** Reads of each slug in the last seven days (today and the six before) and ever. */
  stats(slugs: readonly string[], now: Date): Promise<ReadStats[]>
  /** The `limit` most read slugs of the last `days` days (today included), ties by slug. */
  mostRead(options: { days: number; limit: number; now: Date }): Promise<MostRead[]>
}

/** `now`'s calendar day in Nairobi, 'YYYY-MM-DD' (a read at 23:30 UTC is the next day there). */
export function nairobiDay(now: Date): string {
  const { year, month, day } = nairobiDateParts(now)
  return `${year}-${month}-${day}`
}

/** The first day of a span of `days` days ending with `now`'s (7 → today and the six before). */
export function firstDayOf(days: number, now: Date): string {
  const today = nairobiDay(now)
  const start = new Date(`${today}T00:00:00Z`)
  start.setUTCDate(start.getUTCDate() - (days - 1))
  return start.toISOString().slice(0, 10)
}
