/**
 * An `application/x-www-form-urlencoded` body, read strictly. URLSearchParams forgives
 * everything (a broken `%` escape or invalid UTF-8 becomes U+FFFD, and the post goes on with a
 * value nobody typed); a form post here is refused instead, so that a 400 says "this is not
 * what a browser sends" rather than a wrong phone number being checked.
 */
export type FormBody = { ok: true; fields: ReadonlyMap<string, string> } | { ok: false }

/** A form of a few fields: more than this is not from one of our forms. */
const MAX_FIELDS = 16

export function parseFormBody(text: string): FormBody {
  // Browsers percent-encode every byte outside printable ASCII: a raw one is not a form post.
  if (/[^\x20-\x7e]/.test(text)) return { ok: false }
  const fields = new Map<string, string>()
  if (text === '') return { ok: true, fields }
  const pairs = text.split('&')
  if (pairs.length > MAX_FIELDS) return { ok: false }
  for (const pair of pairs) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const rawName = equals === -1 ? pair : pair.slice(0, equals)
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1)
    const name = decode(rawName)
    const value = decode(rawValue)
    if (name === null || value === null) return { ok: false }
    // The first of a repeated name counts, as a server-rendered form has each name once.
    if (!fields.has(name)) fields.set(name, value)
  }
  return { ok: true, fields }
}

function decode(part: string): string | null {
  try {
    // decodeURIComponent throws on a malformed escape and on escapes that are not UTF-8.
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** Whether a Content-Type header names a urlencoded form (any charset parameter aside). */
export function isUrlEncodedForm(contentType: string | undefined): boolean {
  return (
    (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded'
  )
}
