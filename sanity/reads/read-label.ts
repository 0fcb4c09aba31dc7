// The words the Studio shows for a post's reads (#26). Plain functions: unit-tested alone.

const number = new Intl.NumberFormat('en-GB')

const times = (count: number) => (count === 1 ? '1 time' : `${number.format(count)} times`)

/** "Read 1,234 times in the last 7 days · 5,678 in all". */
export function readLabel({ lastSevenDays, total }: { lastSevenDays: number; total: number }) {
  return `Read ${times(lastSevenDays)} in the last 7 days · ${number.format(total)} in all`
}

/** "1,234 reads", for the Most read tool's rows. */
export function readsLabel(reads: number): string {
  return reads === 1 ? '1 read' : `${number.format(reads)} reads`
}

/** Where the Studio asks for a post's reads (pages/api/read-stats.ts, same origin). */
export const postStatsUrl = (slug: string) => `/api/read-stats?slug=${encodeURIComponent(slug)}`

/** Where the Most read tool asks for a span's list. */
export const mostReadUrl = (days: number) => `/api/read-stats?most-read=${days}`
