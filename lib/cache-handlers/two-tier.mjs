// @ts-check
// The shared cache's two tiers, as one handler of the cache handler library
// (@fortedigital/nextjs-cache-handler: `{ name, get, set, revalidateTag, delete }`):
//
//   local   this instance's copy (the library's LRU in memory): the fast path, and what the
//           instance serves while Redis is unavailable
//   remote  Redis (the library's `redis-strings` handler), shared by every instance
//   link    the line to Redis (redis-link.mjs): whether it is up, and the channel on which
//           each instance announces what it changed
//
// Reads: a local copy is served as it is only while it is known to be current: it was read
// from or written to Redis during the current, unbroken subscription to the channel, so any
// later change by another instance would have been announced and would have removed it.
// Otherwise Redis is asked (one GET and its tag checks), and what it answers replaces the
// local copy. Redis unreachable: the local copy is served, whatever its age (a page as this
// instance last knew it); no copy means a miss, and Next.js renders the page.
//
// Writes go to both tiers, then are announced (`{ key }`); a tag revalidation likewise
// (`{ tag }`). Another instance drops its copy of that key (or of every entry with that tag)
// on the announcement, so its next read fetches the new one from Redis. What an instance
// writes while Redis is down (a publish webhook it received, a stale page it rendered again)
// is kept locally and remembered; once Redis and the channel are back it is written to
// Redis, unless Redis has something newer, and announced.
//
// Plain JavaScript: Next.js loads the cache handler and what it imports as is. Type-checked
// (`// @ts-check`) against the library's own `Handler`.

import { forSharedStore } from './rules.mjs'

/** @typedef {import('./rules.mjs').CacheEntry} CacheEntry */
/**
 * One store of the cache handler library: its `local-lru`, its `redis-strings`, this one.
 * @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} Handler
 */
/**
 * What an instance tells the others: a key it wrote (with its version) or a tag it revalidated.
 * @typedef {{ key?: string, tag?: string, lastModified?: number }} Announcement
 */
/**
 * The line to Redis as the two tiers see it (redis-link.mjs `connectRedisLink`).
 * @typedef {object} Link
 * @property {boolean} up Commands can be sent.
 * @property {boolean} subscribed The channel is known to be live since subscription `epoch` began.
 * @property {number} epoch
 * @property {Promise<void>} started Settles once the first connection attempt has succeeded or failed.
 * @property {(error: unknown) => void} failed
 * @property {(message: Announcement) => Promise<void>} publish
 * @property {(listener: (message: Announcement) => void) => void} onMessage
 * @property {(listener: () => void) => void} onLive
 */

/** At most this many keys written during an outage are remembered for Redis's return. */
export const MAX_PENDING_KEYS = 10_000

const NO_TAGS = { implicitTags: [] }

/**
 * A copy past its expiry is no copy (Redis drops the shared one at that moment too).
 * @param {CacheEntry | null | undefined} entry
 * @returns {CacheEntry | null}
 */
const unexpired = (entry) =>
  entry && !(entry.lifespan && entry.lifespan.expireAt * 1000 <= Date.now()) ? entry : null

/**
 * @param {object} options
 * @param {Handler} options.local
 * @param {Handler} options.remote
 * @param {Link} options.link
 * @param {(line: string) => void} [options.log]
 * @returns {Handler & { prepare: () => Promise<void> }}
 */
export function createTwoTierHandler({ local, remote, link, log = console.error }) {
  // The library's `Handler` makes `delete` optional; a local copy that cannot drop a key
  // would keep serving what another instance changed, so none is taken (the LRU has one).
  if (!local.delete) throw new TypeError('The local copy must be able to delete a key')
  const dropLocal = local.delete.bind(local)
  /**
   * The subscription (`link.epoch`) during which an entry object was read from or written to Redis.
   * @type {WeakMap<CacheEntry, number>}
   */
  const verifiedIn = new WeakMap()
  /**
   * Keys and tags changed here while Redis was unreachable, to be written when it is back.
   * @type {Set<string>}
   */
  const pendingKeys = new Set()
  /** @type {Set<string>} */
  const pendingTags = new Set()
  /**
   * Reads of Redis under way, by key: each notes the newest version of its key announced (or
   * written here) while it waited, so that a read overlapping a newer change keeps no copy.
   * @type {Map<string, Set<{ newest: number, wide: number, epoch: number }>>}
   */
  const reading = new Map()
  /** Counts tag revalidations and new subscriptions: a read overlapping one keeps no copy. */
  let wideChanges = 0
  /** @type {Promise<void> | null} */
  let flushing = null

  /**
   * A change to `key` (its version's `lastModified`; unknown = newer than anything).
   * @param {string} key
   */
  function changed(key, lastModified = Infinity) {
    for (const read of reading.get(key) ?? []) read.newest = Math.max(read.newest, lastModified)
  }

  link.onMessage((message) => {
    if (typeof message?.key === 'string') {
      changed(
        message.key,
        typeof message.lastModified === 'number' ? message.lastModified : Infinity,
      )
      void dropLocal(message.key)
    }
    if (typeof message?.tag === 'string') {
      wideChanges += 1
      void local.revalidateTag(message.tag)
    }
  })
  link.onLive(() => {
    wideChanges += 1
    void flushPending()
  })

  /** @param {CacheEntry | null} entry */
  const current = (entry) =>
    entry !== null && link.subscribed && verifiedIn.get(entry) === link.epoch

  /** @param {string} key */
  function remember(key) {
    if (pendingKeys.size < MAX_PENDING_KEYS) pendingKeys.add(key)
  }

  /**
   * @param {string} key
   * @param {CacheEntry} entry
   */
  async function keepLocally(key, entry) {
    await local.set(key, entry)
    verifiedIn.set(entry, link.epoch)
  }

  /** Writes what changed here during an outage, unless Redis has something newer, and announces it. */
  function flushPending() {
    if (flushing) return flushing
    flushing = (async () => {
      await null // `flushing` is set before the body runs, and cleared after it
      try {
        for (const tag of [...pendingTags]) {
          if (!link.up) return
          await remote.revalidateTag(tag)
          await link.publish({ tag })
          pendingTags.delete(tag)
        }
        let written = 0
        for (const key of [...pendingKeys]) {
          if (!link.up) return
          const mine = unexpired(await local.get(key, NO_TAGS))
          const shared = mine ? await remote.get(key, NO_TAGS) : null
          if (mine && (!shared || shared.lastModified < mine.lastModified)) {
            await remote.set(key, mine)
            await link.publish({ key, lastModified: mine.lastModified })
            verifiedIn.set(mine, link.epoch)
            written += 1
          } else if (mine && shared && shared.lastModified > mine.lastModified) {
            await dropLocal(key)
          }
          pendingKeys.delete(key)
        }
        if (written > 0) log(`[cache] wrote ${written} entries rendered during the outage to Redis`)
      } catch (error) {
        link.failed(error)
      } finally {
        flushing = null
      }
    })()
    return flushing
  }

  return {
    name: 'nabado-two-tier',

    async get(key, meta) {
      await link.started
      // A flush cut short (Redis failed again) is taken up again by the next read.
      if ((pendingKeys.size > 0 || pendingTags.size > 0) && link.up && link.subscribed) {
        void flushPending()
      }
      const mine = unexpired(await local.get(key, meta))
      if (current(mine)) return mine
      if (!link.up) return mine ?? null
      const read = { newest: -Infinity, wide: wideChanges, epoch: link.epoch }
      const reads = reading.get(key) ?? new Set()
      reading.set(key, reads.add(read))
      let shared
      try {
        shared = await remote.get(key, meta)
      } catch (error) {
        link.failed(error)
        return mine ?? null
      } finally {
        reads.delete(read)
        if (reads.size === 0) reading.delete(key)
      }
      if (shared) {
        // A change announced while this read was under way may be newer than what it got:
        // keep no copy then, and ask Redis again next time.
        const overtaken =
          read.newest > shared.lastModified ||
          read.wide !== wideChanges ||
          read.epoch !== link.epoch
        if (!overtaken && link.subscribed) await keepLocally(key, shared)
        return shared
      }
      // Written here during an outage and not yet in Redis: still the newest there is.
      if (mine && pendingKeys.has(key)) return mine
      // Gone from Redis (expired, revalidated by tag, Redis emptied): so is the copy.
      if (mine) await dropLocal(key)
      return null
    },

    async set(key, entry, ctx) {
      await link.started
      const stored = forSharedStore(entry)
      changed(key, stored.lastModified)
      await local.set(key, stored, ctx)
      verifiedIn.set(stored, link.epoch)
      if (!link.up) return remember(key)
      try {
        await remote.set(key, stored, ctx)
        pendingKeys.delete(key)
        await link.publish({ key, lastModified: stored.lastModified })
      } catch (error) {
        link.failed(error)
        remember(key)
      }
    },

    async revalidateTag(tag) {
      wideChanges += 1
      await local.revalidateTag(tag)
      if (!link.up) return void pendingTags.add(tag)
      try {
        await remote.revalidateTag(tag)
        await link.publish({ tag })
      } catch (error) {
        link.failed(error)
        pendingTags.add(tag)
      }
    },

    async delete(key) {
      changed(key)
      await dropLocal(key)
      if (!link.up) return
      try {
        await remote.delete?.(key)
        await link.publish({ key })
      } catch (error) {
        link.failed(error)
      }
    },

    /** Called once by the library when it is configured: Redis may not be there yet. */
    async prepare() {
      if (link.up) await remote.prepare?.()
    },
  }
}
