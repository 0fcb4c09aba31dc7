// Nairobi time. Writing it (ids, TransactionDate) uses the site's own nairobiTimestamp;
// reading the site's Timestamp takes Nairobi's offset from the time zone database, on
// purpose not the site's fixed three hours: a client that sends UTC, or the server's local
// time, is caught by a clock that does not share its assumptions.

export { nairobiTimestamp } from '../../lib/mpesa/daraja/password.ts'

const STAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/

const OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Africa/Nairobi',
  timeZoneName: 'longOffset',
})

/** Nairobi's offset from UTC at an instant, in ms ("GMT+03:00" → 10 800 000). */
function nairobiOffsetMs(instant: number): number {
  const name = OFFSET.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '')
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000
}

/** The instant a Nairobi YYYYMMDDHHmmss names, or undefined when it names none. */
export function parseNairobiTimestamp(text: string): number | undefined {
  const match = STAMP.exec(text)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(wallClock)
  // Rejects 20260230…, 25:00 and the like, which Date.UTC would roll over.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== hour ||
    date.getUTCMinutes() !== minute ||
    date.getUTCSeconds() !== second
  ) {
    return undefined
  }
  // The wall-clock reading, taken as UTC, is ahead of the instant by Nairobi's offset.
  return wallClock - nairobiOffsetMs(wallClock)
}
