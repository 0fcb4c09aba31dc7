// The shapes the cache handlers pass around (lib/cache-handlers/*.mjs are plain JavaScript; their
// .d.mts files use these). The entry is @fortedigital/nextjs-cache-handler's
// `CacheHandlerValue` and a handler its `Handler` (types the package does not export on a
// path TypeScript resolves); `value` is what Next.js caches.

/** What Next.js caches: a page, a route's answer or a fetch; null for a Pages Router 404. */
export type CachedValue = {
  kind: 'PAGES' | 'APP_PAGE' | 'APP_ROUTE' | 'FETCH' | 'REDIRECT' | 'IMAGE'
  status?: number
  headers?: Record<string, unknown>
  html?: string
  pageData?: unknown
  body?: unknown
  revalidate?: unknown
  data?: { status?: number; body?: string; headers?: Record<string, string>; url?: string }
}

export type Lifespan = {
  lastModifiedAt: number
  staleAt: number
  expireAt: number
  staleAge: number
  expireAge: number
  revalidate: number | false | undefined
}

export type CacheEntry = {
  lastModified: number
  lifespan: Lifespan | null
  tags: readonly string[]
  value: CachedValue | null
  cacheControl?: { revalidate: number | false; expire?: number }
}

/** One store of the cache handler library (its `local-lru`, its `redis-strings`, ours). */
export type Handler = {
  name: string
  get(key: string, meta: { implicitTags: string[] }): Promise<CacheEntry | null | undefined>
  set(key: string, entry: CacheEntry, ctx?: { setOnlyIfNotExists?: boolean }): Promise<void>
  revalidateTag(tag: string): Promise<void>
  delete?(key: string): Promise<void>
  prepare?(): Promise<void>
}

/** The line to Redis as the two-tier handler sees it (redis-link.mjs). */
export type Link = {
  readonly up: boolean
  readonly subscribed: boolean
  readonly epoch: number
  /** Settles once the first connection attempt has succeeded or failed. */
  readonly started: Promise<void>
  failed: (error: unknown) => void
  publish: (message: { key?: string; tag?: string; lastModified?: number }) => Promise<void>
  onMessage: (
    listener: (message: { key?: string; tag?: string; lastModified?: number }) => void,
  ) => void
  onLive: (listener: () => void) => void
}
