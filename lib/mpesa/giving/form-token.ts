import '@/lib/server-only.ts'
import { keyedHash, sameSecret } from './keys.ts'

/**
 * The form token in "Give with M-Pesa": the hour the page was rendered and an HMAC of it.
 * /support is a static page (re-rendered every few minutes), so the token cannot be one per
 * visitor; what it proves is that a post comes from a form this site rendered recently,
 * which a script that only knows the field names cannot forge. Cross-site posts are refused
 * by the origin check beside it (origin-check.ts).
 */
const HOUR_MS = 3600_000
/** Longer than any cached copy of /support may live, so a form open in a tab still works. */
export const FORM_TOKEN_LIFETIME_HOURS = 8 * 24

export function issueFormToken(key: Buffer, now: Date = new Date()): string {
  const hour = Math.floor(now.getTime() / HOUR_MS)
  return `${hour.toString(36)}.${sign(key, hour)}`
}

export function isValidFormToken(key: Buffer, token: unknown, now: Date = new Date()): boolean {
  if (typeof token !== 'string' || token.length > 80) return false
  const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const hour = parseInt(match[1]!, 36)
  const age = Math.floor(now.getTime() / HOUR_MS) - hour
  if (age < -1 || age > FORM_TOKEN_LIFETIME_HOURS) return false
  return sameSecret(match[2]!, sign(key, hour))
}

function sign(key: Buffer, hour: number): string {
  return keyedHash(key, `give-form:${hour}`)
}
