/**
 * Whether a form post comes from the site's own pages: browsers send `Origin` with every
 * POST; where a privacy setting strips it, `Referer` tells the same. Neither, or another
 * site's, is refused: a page elsewhere must not make a visitor's browser send prompts.
 */
export function isSameOriginPost(
  headers: { origin?: string | string[]; referer?: string | string[] },
  siteOrigin: string,
  requestOrigin?: string,
): boolean {
  const allowed = new Set([new URL(siteOrigin).origin, ...(requestOrigin ? [requestOrigin] : [])])
  const origin = single(headers.origin)
  if (origin && origin !== 'null') return allowed.has(origin)
  const referer = single(headers.referer)
  if (!referer) return false
  try {
    return allowed.has(new URL(referer).origin)
  } catch {
    return false
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
