/** Nairobi keeps UTC+3 all year (East Africa Time, no daylight saving). */
const NAIROBI_OFFSET_MS = 3 * 3600_000

/**
 * The calendar month in Nairobi that `now` falls in, as UTC instants [from, to): the support
 * page's "this month" is the magazine's month, not the server's.
 */
export function nairobiMonth(now: Date): { from: Date; to: Date } {
  const local = new Date(now.getTime() + NAIROBI_OFFSET_MS)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth()
  return {
    from: new Date(Date.UTC(year, month, 1) - NAIROBI_OFFSET_MS),
    to: new Date(Date.UTC(year, month + 1, 1) - NAIROBI_OFFSET_MS),
  }
}
