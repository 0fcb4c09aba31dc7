/**
 * Daraja's STK push password: base64 of the store number, the passkey and the request's
 * timestamp, run together. The same timestamp must go in the request body's Timestamp.
 */
export function password(shortcode: string, passkey: string, timestamp: string): string {
  return Buffer.from(`${shortcode}${passkey}${timestamp}`, 'utf8').toString('base64')
}

// Kenya keeps East Africa Time, UTC+3, all year: no daylight saving to look up.
const NAIROBI_OFFSET_MS = 3 * 60 * 60 * 1000

/**
 * The YYYYMMDDHHmmss Daraja expects, in Nairobi time whatever the server's time zone: a UTC
 * timestamp is three hours off, and after 21:00 UTC it is even the wrong day.
 */
export function nairobiTimestamp(date: Date = new Date()): string {
  const nairobi = new Date(date.getTime() + NAIROBI_OFFSET_MS)
  const pad = (value: number) => String(value).padStart(2, '0')
  return (
    String(nairobi.getUTCFullYear()).padStart(4, '0') +
    pad(nairobi.getUTCMonth() + 1) +
    pad(nairobi.getUTCDate()) +
    pad(nairobi.getUTCHours()) +
    pad(nairobi.getUTCMinutes()) +
    pad(nairobi.getUTCSeconds())
  )
}
