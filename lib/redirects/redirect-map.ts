/**
 * Where WordPress addresses that are not permalinks go on the new site. The importer writes
 * it (sanity/dataset/wordpress-redirects.json by default); proxy.ts reads it. Kept free of
 * imports: the proxy bundle loads it.
 */
export type RedirectMap = {
  /** ?p=, ?page_id=, ?cat=, ?author=, ?tag= on the home page (or /index.php): value → path. */
  query: Partial<Record<QueryKey, Record<string, string>>>
  /** Old paths (decoded, lower case, no trailing slash) → new path. */
  paths: Record<string, string>
}

export const QUERY_KEYS = ['p', 'page_id', 'cat', 'author', 'tag'] as const
export type QueryKey = (typeof QUERY_KEYS)[number]

/**
 * The new address for a request, `'not-found'` for a WordPress id the map does not know
 * (a deleted post: 404, never the home page), or undefined when the map has nothing to say.
 */
export function lookupRedirect(
  map: RedirectMap,
  pathname: string,
  search: URLSearchParams,
): string | 'not-found' | undefined {
  if (pathname === '/' || pathname === '/index.php') {
    // WordPress's own search and feed addresses need no map.
    const terms = search.get('s')
    if (terms !== null) return `/search?q=${encodeURIComponent(terms.trim())}`
    if (search.has('feed')) return '/feed'
    for (const key of QUERY_KEYS) {
      const value = search.get(key)
      if (value === null) continue
      return map.query[key]?.[value.trim().toLowerCase()] ?? 'not-found'
    }
    return undefined
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const key = normalPath(decoded)
  const target = map.paths[key]
  // A map edited by hand could send an address to itself: never answer with a loop.
  return target !== undefined && normalPath(target) === key ? undefined : target
}

/** A path as the map keys it: decoded, lower case, without a trailing slash. */
export function normalPath(path: string): string {
  const lower = path.toLowerCase()
  return lower.length > 1 ? lower.replace(/\/+$/, '') : lower
}

export function isRedirectMap(value: unknown): value is RedirectMap {
  if (typeof value !== 'object' || value === null) return false
  const { query, paths } = value as Record<string, unknown>
  return typeof query === 'object' && query !== null && typeof paths === 'object' && paths !== null
}
