// @ts-check
// The instance's line to Redis for the shared cache (shared-handler.mjs): one client for
// commands, one subscribed to the channel on which instances tell each other what changed,
// and the state the two-tier handler (two-tier.mjs) reads before each use:
//
// - `up`: commands can be sent. False while the client is disconnected (Redis down, not yet
//   started), and for a few seconds after a command failed (a Redis that stopped answering
//   without closing the connection), so readers never wait on it one by one.
// - `subscribed`, `epoch`: the channel is known to be live (this instance received its own
//   probe on it) since the subscription numbered `epoch` began. A local copy is trusted
//   without asking Redis only if it was read from or written to Redis during the current
//   subscription: after any gap, in which another instance's change may have gone unheard,
//   copies are checked against Redis again.
//
// An outage is logged once when it starts and once when it ends, never per request or per
// reconnection attempt; the clients reconnect by themselves (backing off to every 2 s).
//
// Plain JavaScript: Next.js loads the cache handler and what it imports as is. Type-checked
// (`// @ts-check`) against node-redis's own types and the two tiers' `Link`.

import { randomUUID } from 'node:crypto'
import { createClient } from '@redis/client'

/** @typedef {import('./two-tier.mjs').Announcement} Announcement */
/**
 * The link as two-tier.mjs reads it, and what shared-handler.mjs needs besides: the command
 * client (for the library's Redis handler and the pruning), whether an outage is on, a close.
 * @typedef {import('./two-tier.mjs').Link & {
 *   instanceId: string,
 *   client: import('@redis/client').RedisClientType,
 *   readonly outage: boolean,
 *   close: () => Promise<void>,
 * }} RedisLink
 */

/** A command that has not answered in this long counts as a failure (the reader gets the local copy). */
export const COMMAND_TIMEOUT_MS = 1000

/** After a failed command, Redis is left alone for this long before it is asked again. */
const COOL_DOWN_MS = 2000

/** How often an instance that is not yet sure of its subscription publishes a probe. */
const PROBE_INTERVAL_MS = 250

/** The longest an instance's first cache access waits for its first contact with Redis. */
const START_TIMEOUT_MS = 2000

/** Reconnection attempts back off from 100 ms to this. */
const MAX_RECONNECT_DELAY_MS = 2000

/**
 * Connects (in the background: nothing waits for it) and returns the link. `label` names
 * Redis in log lines (without credentials); `channel` is where instances of one build talk.
 * @param {object} options
 * @param {string} options.url
 * @param {string} options.label
 * @param {string} options.channel
 * @param {(line: string) => void} [options.log]
 * @param {string} [options.clientName] Names the two connections in Redis's CLIENT LIST.
 * @returns {RedisLink}
 */
export function connectRedisLink({ url, label, channel, log = console.error, clientName }) {
  const instanceId = randomUUID()
  const socket = {
    connectTimeout: 2000,
    /** @param {number} attempt */
    reconnectStrategy: (attempt) => Math.min(100 * 2 ** attempt, MAX_RECONNECT_DELAY_MS),
  }
  const options = { url, socket, disableOfflineQueue: true, pingInterval: 5000 }
  const client = createClient({ ...options, name: clientName && `${clientName}:commands` })
  const subscriber = createClient({ ...options, name: clientName && `${clientName}:changes` })

  /** @type {{ message: Array<(message: Announcement) => void>, live: Array<() => void> }} */
  const listeners = { message: [], live: [] }
  // Settles at the first contact: connected and subscribed, or an outage, or 2 s at most.
  // The handler waits for it once, so an instance's first requests do not render pages that
  // Redis already holds just because the connection was still being opened.
  /** @type {() => void} */
  let settleStart = () => {}
  /** @type {Promise<void>} */
  const started = new Promise((resolve) => (settleStart = resolve))
  setTimeout(() => settleStart(), START_TIMEOUT_MS).unref()
  let epoch = 0
  let subscribed = false
  let coolingUntil = 0
  /** @type {{ since: number, cause: string } | null} */
  let outage = null // while Redis is unavailable

  /** @param {string} cause */
  function unavailable(cause) {
    settleStart()
    if (outage) return
    outage = { since: Date.now(), cause }
    log(
      `[cache] Redis unavailable at ${label} (${cause}): each instance serves its local copy ` +
        'and renders what it lacks until Redis is back',
    )
  }

  function checkRecovered() {
    if (!outage || !client.isReady || !subscribed || Date.now() < coolingUntil) return
    const seconds = Math.round((Date.now() - outage.since) / 100) / 10
    outage = null
    log(`[cache] Redis back at ${label} after ${seconds} s: the shared cache is in use again`)
  }

  /**
   * @param {any} error What node-redis threw or emitted: an Error, often with a `code`.
   * @returns {string}
   */
  const describe = (error) =>
    error?.code ?? (error?.message ? String(error.message).split('\n')[0] : String(error))

  // node-redis emits an error for every failed attempt; only the first of an outage is news.
  client.on('error', (error) => unavailable(describe(error)))
  subscriber.on('error', (error) => {
    subscribed = false
    unavailable(describe(error))
  })
  client.on('ready', () => {
    coolingUntil = 0
    checkRecovered()
  })
  subscriber.on('ready', () => {
    // A new subscription: copies verified during the last one are checked again.
    subscribed = false
    epoch += 1
  })
  subscriber.on('end', () => (subscribed = false))

  // Until this instance hears its own probe on the channel, the subscription is not known
  // to be live (node-redis subscribes again after a reconnection on its own schedule).
  setInterval(() => {
    if (!subscribed) void probe()
  }, PROBE_INTERVAL_MS).unref()

  async function probe() {
    if (!client.isReady || !subscriber.isReady) return
    try {
      await client.publish(channel, JSON.stringify({ from: instanceId, probe: epoch }))
    } catch (error) {
      link.failed(error)
    }
  }

  /** @param {string} text */
  function onChannel(text) {
    /** @type {any} Anything another instance (or anyone with access to Redis) published. */
    let message
    try {
      message = JSON.parse(text)
    } catch {
      return
    }
    if (message?.from === instanceId) {
      if (message.probe === epoch && !subscribed) {
        subscribed = true
        settleStart()
        checkRecovered()
        for (const listener of listeners.live) listener()
      }
      return
    }
    for (const listener of listeners.message) listener(message)
  }

  /** @type {RedisLink} */
  const link = {
    instanceId,
    client,
    get up() {
      return client.isReady && Date.now() >= coolingUntil
    },
    get subscribed() {
      return subscribed && subscriber.isReady
    },
    get epoch() {
      return epoch
    },
    get outage() {
      return outage !== null
    },
    /** Settles once the first connection attempt has succeeded or failed (2 s at most). */
    started,
    /** A command failed: log it if it starts an outage, and leave Redis alone for a moment. */
    failed(error) {
      coolingUntil = Date.now() + COOL_DOWN_MS
      unavailable(describe(error))
      setTimeout(() => {
        if (client.isReady) void probe().then(checkRecovered)
      }, COOL_DOWN_MS).unref()
    },
    /** Tells the other instances (`{ key }` or `{ tag }`). */
    async publish(message) {
      await client
        .withAbortSignal(AbortSignal.timeout(COMMAND_TIMEOUT_MS))
        .publish(channel, JSON.stringify({ ...message, from: instanceId }))
    },
    /** Another instance's change (`{ key }` or `{ tag }`). */
    onMessage(listener) {
      listeners.message.push(listener)
    },
    /** The channel is live again (after a start, an outage or a lost subscription). */
    onLive(listener) {
      listeners.live.push(listener)
    },
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()])
    },
  }

  client.connect().catch((error) => unavailable(describe(error)))
  subscriber
    .connect()
    .then(() => subscriber.subscribe(channel, onChannel))
    .then(() => probe())
    .catch((error) => unavailable(describe(error)))
  return link
}
