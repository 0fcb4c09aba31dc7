// Which published article an address is, for the read beacon: the same lookup the article
// page makes (lib/loaders/article.ts: the slug's post, then its own date), cached in this
// process so that a stream of beacons asks the content door once per article a minute.
import { parsePermalink, pathFromParams, postPath } from '../addresses/permalink.ts'

/** How long an answer is kept: an article published, moved or unpublished counts right within it. */
export const SLUG_CACHE_MS = 60_000

/** Addresses kept at most: made-up addresses cannot grow the cache without end. */
const MAX_CACHED = 5_000

type PostPath = { slug: string; publishedAt: string }

export type SlugLookup = (path: string) => Promise<string | null>

export function createSlugLookup(
  findPostPath: (slug: string) => Promise<PostPath | null>,
  { now = Date.now, ttlMs = SLUG_CACHE_MS, maxCached = MAX_CACHED } = {},
): SlugLookup {
  const cache = new Map<string, { slug: Promise<string | null>; until: number }>()
  const lookUp = async (path: string): Promise<string | null> => {
    const [, year = '', month = '', day = '', slug = ''] = path.split('/')
    const requested = parsePermalink({ year, month, day, slug })
    if (!requested) return null
    const found = await findPostPath(requested.slug)
    // Only the article's own date is its address, as on its page.
    return found && postPath(found) === pathFromParams(requested) ? found.slug : null
  }
  return (path) => {
    const at = now()
    const kept = cache.get(path)
    if (kept && kept.until > at) return kept.slug
    const slug = lookUp(path)
    cache.delete(path)
    cache.set(path, { slug, until: at + ttlMs })
    // A failed lookup (content down) is not kept: the next beacon asks again.
    slug.catch(() => cache.delete(path))
    while (cache.size > maxCached) cache.delete(cache.keys().next().value!)
    return slug
  }
}
