import { addressOf, segmentsWhereAll } from './table.ts'

/** Methods every page, feed and sitemap answers; they carry no body. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a request sends a body to an address that takes none: a POST, PUT, PATCH or DELETE
 * to a page, feed or sitemap. Next.js would otherwise render a page for a form POST, and fail
 * with a 500 on a multipart one; these get a 405 before any rendering. An address that takes
 * the method (the table's `bodyMethods`: a form post, a webhook) and every route handler under
 * /api/ answer for themselves (each caps what it reads), and a Server Action call (the
 * preview's Visual Editing) goes to Next.js, which checks its id and caps its body at 1 MB.
 */
export function isBodyToPage(method: string, pathname: string, headers: Headers): boolean {
  const upper = method.toUpperCase()
  if (READ_METHODS.has(upper)) return false
  if (addressOf(pathname)?.bodyMethods?.includes(upper)) return false
  if (API_SEGMENTS.has(pathname.split('/')[1] ?? '')) return false
  if (upper === 'POST' && headers.has('next-action')) return false
  return true
}

/** First segments that hold only route handlers (/api/…), which answer every method. */
const API_SEGMENTS = segmentsWhereAll((address) => address.kind === 'api')
