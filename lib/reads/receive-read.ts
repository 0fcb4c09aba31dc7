import { isbot } from 'isbot'
import { parsePermalink } from '../addresses/permalink.ts'
import { firstLineOf } from '../text/first-line.ts'

// What /api/read does with one beacon (#26), apart from Next.js: it decides, from the
// request alone, whether the read is counted, and always answers alike (204) so that the
// answer tells a caller nothing (not whether the article exists, nor whether it counted).

/** A beacon's body is the article's path (/2026/02/14/slug): a few hundred bytes at most. */
export const READ_BODY_MAX_BYTES = 300

export type ReadRequest = {
  method: string
  body: string
  userAgent: string | undefined
  /** The browser's Sec-Fetch-Site: 'cross-site' when another site's page sent it. */
  fetchSite: string | undefined
  /** Whether the request carries the editors' draft-mode cookie (a preview, not a read). */
  inDraftMode: boolean
  clientAddress: string
}

export type ReadDeps = {
  /** The published article's slug at this path, or null (lib/reads/article-slugs.ts). */
  slugAt(path: string): Promise<string | null>
  count(slug: string, now: Date): Promise<void>
  /** Whether this address may be counted once more now (lib/reads/client-limit.ts). */
  allow(clientAddress: string, now: Date): boolean
  now(): Date
  warn(message: string): void
}

/** Why a read was not counted, for the tests; the caller answers 204 either way. */
export type ReadOutcome =
  | 'counted'
  | 'not-a-path'
  | 'bot'
  | 'cross-site'
  | 'draft-mode'
  | 'over-limit'
  | 'not-an-article'
  | 'failed'

/** The path an article's beacon sends, or null: `/YYYY/MM/DD/slug`, nothing else. */
export function articlePathOf(body: string): string | null {
  const path = body.trim()
  const parts = /^\/(\d{4})\/(\d{2})\/(\d{2})\/([a-z0-9-]{1,200})$/.exec(path)
  if (!parts) return null
  const [, year, month, day, slug] = parts as unknown as [string, string, string, string, string]
  return parsePermalink({ year, month, day, slug }) ? path : null
}

export async function receiveRead(request: ReadRequest, deps: ReadDeps): Promise<ReadOutcome> {
  const path = articlePathOf(request.body)
  if (!path) return 'not-a-path'
  // No user agent at all is a script, not a browser.
  if (!request.userAgent || isbot(request.userAgent)) return 'bot'
  // Any site may post text/plain here; only our own pages' beacons count.
  if (request.fetchSite === 'cross-site') return 'cross-site'
  if (request.inDraftMode) return 'draft-mode'
  const now = deps.now()
  if (!deps.allow(request.clientAddress, now)) return 'over-limit'
  try {
    const slug = await deps.slugAt(path)
    if (!slug) return 'not-an-article'
    await deps.count(slug, now)
    return 'counted'
  } catch (error) {
    // The database or the content down: the read is lost, the reader never sees an error.
    deps.warn(`reads: a read was not counted: ${firstLineOf(error)}`)
    return 'failed'
  }
}
