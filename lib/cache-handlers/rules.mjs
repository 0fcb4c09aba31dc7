// @ts-check
// What the cache handlers (disk-handler.mjs, shared-handler.mjs) decide about an entry before
// they store it: whether it is an answer that found nothing, how long it may live in the
// shared store, and which tags it carries. Pure functions, unit-tested (rules.test.ts).
//
// Plain JavaScript: Next.js loads the cache handler and what it imports as is, at build and
// at run time (see handler.mjs). Type-checked all the same (`// @ts-check`, tsconfig.json
// `checkJs`), against the types of the libraries it works with: an entry is the cache handler
// library's, its value Next.js's, so an upgrade that changes either shape fails `tsc`.

/**
 * An entry as the cache handler library (@fortedigital/nextjs-cache-handler) hands it to its
 * handlers: `{ lastModified, lifespan, tags, value }` (Next.js's own entry with the library's
 * lifespan and tags).
 * @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').CacheHandlerValue} CacheEntry
 */
/**
 * What Next.js caches: a page, a route's answer, a fetch (null: a Pages Router 404).
 * @typedef {import('next/dist/server/response-cache/types').IncrementalCacheValue} CachedValue
 */
/** @typedef {import('next/dist/server/response-cache/types').CachedFetchData} CachedFetchData */

/**
 * How long an answer that found nothing (the 404 of a made-up address, a Sanity query that
 * matched nothing) may live in the shared store. Anyone can ask for as many made-up addresses
 * as they like; each one's key goes after this many seconds, so the store holds at most the
 * made-up addresses of the last minute. A page that went away (a post deleted) is a 404 of
 * this kind too: after a minute it is rendered again, and is a 404 again.
 */
export const NOTHING_FOUND_TTL_SECONDS = 60

/**
 * The least time a page stays in the shared store after its last render, even when its
 * revalidation period is short (reader pages: 5 minutes). A stale page is still served (and
 * rendered again behind it, as `next start` does with its disk cache); only after this long
 * unasked-for does it go, and the next request renders it while the reader waits.
 */
export const MIN_EXPIRE_SECONDS = 24 * 60 * 60

/** Entries without a revalidation period (never stale) still go after this long unasked-for. */
export const MAX_EXPIRE_SECONDS = 14 * 24 * 60 * 60

/**
 * Seconds from an entry's render until it leaves the shared store, given its revalidation
 * period (`staleAge`, seconds): one and a half periods, at least a day, at most two weeks.
 * @param {number} staleAge
 * @returns {number}
 */
export function estimateExpireAge(staleAge) {
  const age = Math.floor(staleAge * 1.5)
  return Math.min(Math.max(age, MIN_EXPIRE_SECONDS), MAX_EXPIRE_SECONDS)
}

/**
 * Whether a query's answer holds nothing: null, [], 0, or an object of only such values.
 * @param {unknown} value
 * @returns {boolean}
 */
export function foundNothing(value) {
  if (value === null || value === 0) return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.values(value).every(foundNothing)
  return false
}

/**
 * Whether a cached fetch is a Sanity query answer whose result found nothing.
 * @param {CachedFetchData | undefined} fetched
 * @returns {boolean}
 */
export function emptySanityAnswer(fetched) {
  if (fetched?.status !== 200 || typeof fetched.body !== 'string') return false
  try {
    const answer = JSON.parse(Buffer.from(fetched.body, 'base64').toString('utf8'))
    return answer !== null && typeof answer === 'object' && 'result' in answer
      ? foundNothing(answer.result)
      : false
  } catch {
    return false
  }
}

/**
 * Whether a value Next.js caches is an answer that found nothing: a Pages Router page's
 * `notFound` (stored as null), an App Router page or route answering 404, or a Sanity query
 * whose result is empty.
 * @param {CachedValue | null | undefined} value
 * @returns {boolean}
 */
export function isNothingFound(value) {
  if (value === null || value === undefined) return true
  if (value.kind === 'PAGES' || value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE') {
    return value.status === 404
  }
  if (value.kind === 'FETCH') return emptySanityAnswer(value.data)
  return false
}

/**
 * The entry as the shared store keeps it (`entry` is the cache handler library's
 * `{ lastModified, lifespan, tags, value }`):
 * - an answer that found nothing expires `NOTHING_FOUND_TTL_SECONDS` after its render;
 * - an App Router route (feeds, sitemaps) carries the tags of its reads, which Next.js
 *   keeps in its `x-next-cache-tags` header, so that `revalidateTag` finds it (the library
 *   reads that header for App Router pages only).
 * @param {CacheEntry} entry
 * @returns {CacheEntry}
 */
export function forSharedStore(entry) {
  let result = entry
  if (result.lifespan && isNothingFound(result.value)) {
    const { lastModifiedAt, expireAt } = result.lifespan
    const boundedExpireAt = Math.min(expireAt, lastModifiedAt + NOTHING_FOUND_TTL_SECONDS)
    result = {
      ...result,
      lifespan: {
        ...result.lifespan,
        expireAt: boundedExpireAt,
        expireAge: boundedExpireAt - lastModifiedAt,
        staleAt: Math.min(result.lifespan.staleAt, boundedExpireAt),
      },
    }
  }
  const headerTags = result.value?.kind === 'APP_ROUTE' ? tagsOfHeaders(result.value.headers) : []
  const missing = headerTags.filter((tag) => !result.tags.includes(tag))
  if (missing.length > 0) result = { ...result, tags: [...result.tags, ...missing] }
  return result
}

/**
 * @param {import('node:http').OutgoingHttpHeaders | undefined} headers
 * @returns {string[]}
 */
function tagsOfHeaders(headers) {
  const header = headers?.['x-next-cache-tags']
  if (Array.isArray(header)) return header
  return typeof header === 'string' && header !== '' ? header.split(',') : []
}

/**
 * Next.js 16.4 reads an entry's lifetime from `entry.cacheControl`, and falls back to the
 * build's prerender manifest, which knows nothing of a page first rendered at run time: such
 * a page read from the shared store would count as stale after 1 s and be rendered again
 * by every instance that reads it. The library does not return it, so it is rebuilt from the
 * lifespan the library stores with each entry: the same revalidation period, and the entry's
 * expiry as its `expire` (after which Next.js renders again before answering, as it does
 * when the key has gone from the store).
 * @param {CacheEntry | null} entry
 * @returns {CacheEntry | null}
 */
export function withCacheControl(entry) {
  if (!entry || entry.cacheControl || !entry.lifespan) return entry
  if (entry.value?.kind === 'FETCH') return entry
  const { revalidate, expireAge } = entry.lifespan
  if (revalidate === undefined) return entry
  return { ...entry, cacheControl: { revalidate, expire: expireAge } }
}
