import { readFileSync } from 'node:fs'
import path from 'node:path'
import { NextResponse } from 'next/server'
import { wordpressRedirectsFile } from '../env/wordpress.ts'
import { isRedirectMap, lookupRedirect, type RedirectMap } from './redirect-map.ts'

const DEFAULT_FILE = path.join(process.cwd(), 'sanity', 'dataset', 'wordpress-redirects.json')

let loaded: RedirectMap | null | undefined

/** The importer's map, read once per process; null when the site never came from WordPress. */
function redirectMap(): RedirectMap | null {
  if (loaded !== undefined) return loaded
  const file = wordpressRedirectsFile ?? DEFAULT_FILE
  let text: string
  try {
    // The file is named at run time (env or default); the build need not trace it.
    text = readFileSync(/* turbopackIgnore: true */ file, 'utf8')
  } catch {
    loaded = null
    return loaded
  }
  const parsed: unknown = JSON.parse(text)
  if (!isRedirectMap(parsed)) throw new Error(`${file} is not a WordPress redirect map`)
  loaded = parsed
  return loaded
}

/**
 * A permanent redirect for an old WordPress address that is not a permalink (/?p=123,
 * /?cat=4, /tag/nairobi/, a renamed category…), the site's 404 page for a WordPress id the
 * import did not bring (never the home page, which is what `/?p=999` would show otherwise),
 * or undefined to carry on.
 */
export function wordpressRedirect(url: URL): NextResponse | undefined {
  const map = redirectMap()
  if (!map) return undefined
  const target = lookupRedirect(map, url.pathname, url.searchParams)
  if (target === undefined) return undefined
  if (target === 'not-found') {
    // No page answers this address: the site's own not-found page renders, with a 404.
    return NextResponse.rewrite(new URL('/_wordpress/not-found', url))
  }
  return NextResponse.redirect(new URL(target, url), 308)
}
