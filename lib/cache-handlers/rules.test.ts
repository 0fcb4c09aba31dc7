import { describe, expect, it } from 'vitest'
import {
  estimateExpireAge,
  forSharedStore,
  isNothingFound,
  MAX_EXPIRE_SECONDS,
  MIN_EXPIRE_SECONDS,
  NOTHING_FOUND_TTL_SECONDS,
  withCacheControl,
  type CacheEntry,
  type CachedValue,
} from './rules.mjs'
import { cachedValue, pageOf } from './test-values.ts'

const sanityAnswer = (result: unknown) =>
  cachedValue({
    kind: 'FETCH',
    data: {
      status: 200,
      headers: {},
      url: 'http://api/query',
      body: Buffer.from(JSON.stringify({ query: '*', result, ms: 1 })).toString('base64'),
    },
    revalidate: 3600,
  })

const page = pageOf('<h1>A page</h1>')

/** An entry as the library hands it over: rendered at `lastModifiedAt`, revalidated every 300 s. */
function entry(value: CachedValue | null, lastModifiedAt = 1_800_000_000): CacheEntry {
  const expireAge = estimateExpireAge(300)
  return {
    lastModified: lastModifiedAt * 1000,
    lifespan: {
      lastModifiedAt,
      staleAt: lastModifiedAt + 300,
      expireAt: lastModifiedAt + expireAge,
      staleAge: 300,
      expireAge,
      revalidate: 300,
    },
    tags: [],
    value,
  }
}

describe('estimateExpireAge', () => {
  it('keeps a page a day at least, two weeks at most, else one and a half periods', () => {
    expect(estimateExpireAge(300)).toBe(MIN_EXPIRE_SECONDS)
    expect(estimateExpireAge(2 * 24 * 3600)).toBe(3 * 24 * 3600)
    // A page without a revalidation period (the library's default stale age: a year).
    expect(estimateExpireAge(365 * 24 * 3600)).toBe(MAX_EXPIRE_SECONDS)
  })
})

describe('isNothingFound', () => {
  it('recognises a Pages Router notFound, App Router 404s and empty Sanity answers', () => {
    expect(isNothingFound(null)).toBe(true)
    expect(isNothingFound(cachedValue({ kind: 'APP_PAGE', status: 404, html: '' }))).toBe(true)
    expect(
      isNothingFound(cachedValue({ kind: 'APP_ROUTE', status: 404, body: Buffer.from('') })),
    ).toBe(true)
    expect(isNothingFound(sanityAnswer(null))).toBe(true)
    expect(isNothingFound(sanityAnswer([]))).toBe(true)
    expect(isNothingFound(sanityAnswer({ posts: [], total: 0 }))).toBe(true)
  })

  it('leaves pages and answers that found something alone', () => {
    expect(isNothingFound(page)).toBe(false)
    expect(
      isNothingFound(cachedValue({ kind: 'APP_ROUTE', status: 200, body: Buffer.from('x') })),
    ).toBe(false)
    expect(isNothingFound(sanityAnswer({ title: 'A post' }))).toBe(false)
    expect(isNothingFound(sanityAnswer([{ _id: 'a' }]))).toBe(false)
    // Not a Sanity answer at all (another API's body): kept as any page is.
    const otherApi = cachedValue({
      kind: 'FETCH',
      data: { status: 200, body: 'bm9wZQ==', headers: {}, url: 'http://api/other' },
    })
    expect(isNothingFound(otherApi)).toBe(false)
  })
})

describe('forSharedStore', () => {
  it('gives an answer that found nothing one minute in the shared store', () => {
    for (const value of [null, sanityAnswer([]), cachedValue({ kind: 'APP_PAGE', status: 404 })]) {
      const stored = forSharedStore(entry(value))
      expect(stored.lifespan!.expireAt - stored.lifespan!.lastModifiedAt).toBe(
        NOTHING_FOUND_TTL_SECONDS,
      )
      expect(stored.lifespan!.expireAge).toBe(NOTHING_FOUND_TTL_SECONDS)
      expect(stored.lifespan!.staleAt).toBeLessThanOrEqual(stored.lifespan!.expireAt)
    }
  })

  it('keeps a page for its full lifespan, unchanged', () => {
    const original = entry(page)
    expect(forSharedStore(original)).toBe(original)
    expect(original.lifespan!.expireAge).toBe(MIN_EXPIRE_SECONDS)
  })

  it('never lengthens a lifespan already shorter than a minute', () => {
    const short = entry(null)
    short.lifespan = { ...short.lifespan!, expireAt: short.lifespan!.lastModifiedAt + 10 }
    expect(forSharedStore(short).lifespan!.expireAt).toBe(short.lifespan.lastModifiedAt + 10)
  })

  it("tags an App Router route's answer with the tags of its reads", () => {
    const feed = entry(
      cachedValue({
        kind: 'APP_ROUTE',
        status: 200,
        body: Buffer.from('<rss/>'),
        headers: { 'x-next-cache-tags': 'posts,settings,_N_T_/feed.xml' },
      }),
    )
    expect(forSharedStore({ ...feed, tags: ['posts'] }).tags).toEqual([
      'posts',
      'settings',
      '_N_T_/feed.xml',
    ])
  })
})

describe('withCacheControl', () => {
  it('gives a page the lifetime Next.js 16.4 reads: its period and its expiry in the store', () => {
    expect(withCacheControl(entry(page))?.cacheControl).toEqual({
      revalidate: 300,
      expire: MIN_EXPIRE_SECONDS,
    })
    expect(withCacheControl(forSharedStore(entry(null)))?.cacheControl).toEqual({
      revalidate: 300,
      expire: NOTHING_FOUND_TTL_SECONDS,
    })
  })

  it('leaves fetches, entries without a lifespan and misses alone', () => {
    expect(withCacheControl(entry(sanityAnswer({ a: 1 })))?.cacheControl).toBeUndefined()
    expect(withCacheControl({ ...entry(page), lifespan: null })?.cacheControl).toBeUndefined()
    expect(withCacheControl(null)).toBeNull()
  })
})
