// @ts-check
// The shared cache (REDIS_URL set; docs/architecture.md, "Scaling out"): Next.js's pages and
// data cached in Redis for every instance, with a local copy in each (two-tier.mjs), built on
// @fortedigital/nextjs-cache-handler: its `CacheHandler` is the class Next.js talks to (it
// computes each entry's lifespan and tags), its `redis-strings` handler stores entries in
// Redis (one string per entry, gzipped; tags in a hash) and its `local-lru` handler is the
// local copy.
//
// What this file adds to the library:
// - the library's `ttl` option (rules.mjs `estimateExpireAge`): a page stays a day or more;
// - `entry.cacheControl`, which Next.js 16.4 needs and the library does not return
//   (rules.mjs `withCacheControl`);
// - the library prunes its tag hashes only when it starts or a tag is revalidated (this site
//   revalidates pages by path), so every key ever written would keep a field in them: they
//   are pruned every minute here, and expire two days after the last instance of their build
//   stops. With the one-minute life of a 404 (rules.mjs), that keeps made-up addresses from
//   growing the store without bound.
//
// Keys are `nabado:<build id>:…`: a deployment never serves pages another build rendered
// (their HTML names that build's CSS files), and an old build's keys expire by themselves.
//
// Plain JavaScript: Next.js loads the cache handler and what it imports as is. Type-checked
// (`// @ts-check`) against the library's types: its `CacheHandler`, hook and handlers.

import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { COMMAND_TIMEOUT_MS, connectRedisLink } from './redis-link.mjs'
import { estimateExpireAge, withCacheControl } from './rules.mjs'
import { createTwoTierHandler } from './two-tier.mjs'

/** @typedef {import('./two-tier.mjs').Handler} Handler */
/** @typedef {import('./redis-link.mjs').RedisLink} RedisLink */

/** Where the process keeps its Redis link for /api/health (lib/health/report.ts reads it there). */
export const REDIS_LINK = Symbol.for('nabado.cache.redisLink')

/** The local copy: at most this many entries and this many bytes (JSON) per instance. */
export const LOCAL_COPY_LIMITS = { maxItemsNumber: 5_000, maxItemSizeBytes: 256 * 1024 * 1024 }

/** How often each instance prunes the library's tag hashes of expired keys. */
const PRUNE_INTERVAL_MS = 60_000

/** The library's tag hashes live this long after their last pruning. */
const HASH_TTL_SECONDS = 2 * 24 * 60 * 60

/** The library's names for its hashes (its defaults), under the key prefix. */
const HASHES = ['__sharedTags__', '__sharedTagsTtl__', '__revalidated_tags__']

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/**
 * Entries are stored gzipped (base64: node-redis hands strings back as UTF-8): an article's
 * entry (its HTML and props as JSON) is about 40 KB, a fifth of that compressed. Instances
 * read Redis only when their local copy is missing or outdated, so the cost is rare.
 * @type {import('@fortedigital/nextjs-cache-handler/redis-strings').CacheValueSerializer}
 */
export const gzipSerializer = {
  async serialize(entry) {
    return (await gzipAsync(JSON.stringify(entry))).toString('base64')
  },
  async deserialize(stored) {
    return JSON.parse((await gunzipAsync(Buffer.from(String(stored), 'base64'))).toString('utf8'))
  },
}

/**
 * The key prefix and channel of one build.
 * @param {string | undefined} buildId
 */
export const keyPrefixOf = (buildId) => `nabado:${buildId ?? 'dev'}:`

/**
 * Removes the fields of expired keys from the library's tag hashes (its `prepare`), and
 * sets the hashes to expire `HASH_TTL_SECONDS` from now: once no instance of this build runs,
 * they go too.
 * @param {RedisLink} link
 * @param {Handler} remote
 * @param {string} keyPrefix
 * @returns {Promise<void>}
 */
export async function pruneSharedStore(link, remote, keyPrefix) {
  if (!link.up) return
  try {
    await remote.prepare?.()
    await Promise.all(
      HASHES.map((name) => link.client.expire(`${keyPrefix}${name}`, HASH_TTL_SECONDS)),
    )
  } catch (error) {
    link.failed(error)
  }
}

/**
 * The cache handler class for Next.js (next.config.ts `cacheHandler`, through handler.mjs),
 * using Redis at `config.url` (lib/env/redis.ts).
 * @param {{ url: string, label: string }} config
 */
export function createSharedCacheHandler(config) {
  CacheHandler.onCreation(({ buildId }) => {
    const keyPrefix = keyPrefixOf(buildId)
    const link = connectRedisLink({
      url: config.url,
      label: config.label,
      channel: `${keyPrefix}changes`,
      clientName: `nabado-${process.pid}`,
    })
    const remote = createRedisHandler({
      client: link.client,
      keyPrefix,
      timeoutMs: COMMAND_TIMEOUT_MS,
      keyExpirationStrategy: 'EXAT',
      valueSerializer: gzipSerializer,
    })
    const local = createLruHandler(LOCAL_COPY_LIMITS)
    // /api/health (lib/health/) reports whether Redis is reachable: it reads this link.
    Object.assign(globalThis, { [REDIS_LINK]: link })
    const prune = () => pruneSharedStore(link, remote, keyPrefix)
    link.onLive(prune)
    setInterval(prune, PRUNE_INTERVAL_MS).unref()
    return {
      handlers: [createTwoTierHandler({ local, remote, link })],
      ttl: { estimateExpireAge },
    }
  })

  return class SharedCacheHandler extends CacheHandler {
    /**
     * @param {Parameters<CacheHandler['get']>[0]} key
     * @param {Parameters<CacheHandler['get']>[1]} ctx
     */
    async get(key, ctx) {
      return withCacheControl(await super.get(key, ctx))
    }
  }
}
