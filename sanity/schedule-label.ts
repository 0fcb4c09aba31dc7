// How the Studio names a scheduled post: a published post whose publish date is still to
// come, which readers see from that moment (READABLE_POST, sanity/queries.ts). Times are
// Nairobi's, whatever the editor's computer says (Kenya keeps EAT, UTC+3, all year).

export const NAIROBI_TIME_ZONE = 'Africa/Nairobi'

const NAIROBI_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: NAIROBI_TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "12 Dec 2026, 07:00 EAT"; null for a date that is not one. */
export function nairobiDateTime(iso: string): string | null {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return null
  return `${NAIROBI_DATE_TIME.format(ms)} EAT`
}

/** "Scheduled · 12 Dec 2026, 07:00 EAT" while `publishedAt` is still to come; else null. */
export function scheduledLabel(
  publishedAt: string | null | undefined,
  now: number = Date.now(),
): string | null {
  if (!publishedAt || !(Date.parse(publishedAt) > now)) return null
  const when = nairobiDateTime(publishedAt)
  return when ? `Scheduled · ${when}` : null
}
