// Nairobi time from the time zone database, on purpose not the site's arithmetic
// (lib/mpesa/daraja/password.ts adds three hours): a client that sends UTC, or the server's
// local time, is caught by a clock that does not share its assumptions.

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Africa/Nairobi',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** YYYYMMDDHHmmss in Nairobi. */
export function nairobiNow(date: Date = new Date()): string {
  const parts = Object.fromEntries(FORMAT.formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.year}${parts.month}${parts.day}${parts.hour}${parts.minute}${parts.second}`
}

/** The instant a Nairobi YYYYMMDDHHmmss names, or undefined when it names none. */
export function parseNairobiTimestamp(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const guess = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(guess)
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
  const offset =
    Date.parse(
      nairobiNow(date).replace(
        /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/,
        '$1-$2-$3T$4:$5:$6Z',
      ),
    ) - guess
  return guess - offset
}
