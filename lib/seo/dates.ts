import { SITE_TIME_ZONE } from '@/lib/addresses/permalink.ts'

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE_TIME_ZONE,
  timeZoneName: 'longOffset',
})

const localParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** "+03:00" for Nairobi ("GMT+03:00"), "+00:00" where the zone is plain "GMT". */
function offsetOf(date: Date): string {
  const name = offsetFormat.formatToParts(date).find((part) => part.type === 'timeZoneName')
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name?.value ?? '')
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00'
}

/**
 * ISO 8601 with an explicit offset, in the site's time zone: 2026-02-28T09:00:00+03:00 for
 * 2026-02-28T06:00:00Z. Google asks for a time zone on structured-data dates; the local
 * time is the one Nabado's readers (and its permalinks) go by.
 */
export function isoWithOffset(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`)
  const part = (type: string) =>
    localParts.formatToParts(date).find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offsetOf(date)}`
}

/** RFC 822 (as RSS 2.0 wants it, with a four-digit year): "Sat, 28 Feb 2026 06:00:00 GMT". */
export function rfc822(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`)
  return date.toUTCString()
}

/** The latest of some ISO timestamps (nulls ignored); null when there is none. */
export function latest(...isos: Array<string | null | undefined>): string | null {
  let best: string | null = null
  let bestTime = -Infinity
  for (const iso of isos) {
    if (!iso) continue
    const time = new Date(iso).getTime()
    if (!Number.isNaN(time) && time > bestTime) {
      best = iso
      bestTime = time
    }
  }
  return best
}
