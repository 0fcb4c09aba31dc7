import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import { describe, expect, it } from 'vitest'
import { NOTHING_FOUND_TTL_SECONDS } from './rules.mjs'
import type { CacheEntry } from './rules.mjs'
import { htmlOf, pageOf } from './test-values.ts'
import { createTwoTierHandler, type Handler, type Link } from './two-tier.mjs'

// The composition of one instance's local copy with the shared store, for two instances
// (A and B) sharing one store and one channel. The store here is a map that can be taken
// down (each call then throws, as the library's Redis handler does when Redis is
// unreachable); lib/cache-handlers/redis.test.ts runs the same composition against a real Redis.

const NO_TAGS = { implicitTags: [] }
const KEY = '/route-cache/pages/abc/$/2026/02/20/a-post'

/** The shared store: the library's handler contract over a map; `down` makes every call throw. */
function createStore() {
  const entries = new Map<string, CacheEntry>()
  const calls = { get: 0, set: 0 }
  let down = false
  const check = () => {
    if (down) throw new Error('ECONNREFUSED')
  }
  const handler: Handler = {
    name: 'store',
    async get(key) {
      check()
      calls.get += 1
      return entries.get(key) ?? null
    },
    async set(key, entry) {
      check()
      calls.set += 1
      entries.set(key, entry)
    },
    async revalidateTag(tag) {
      check()
      for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key)
    },
    async delete(key) {
      check()
      entries.delete(key)
    },
  }
  return {
    handler,
    entries,
    calls,
    setDown(value: boolean) {
      down = value
    },
  }
}

type Message = { key?: string; tag?: string; lastModified?: number }

/** The channel: what one instance publishes reaches every other (when delivered). */
function createChannel() {
  const links: FakeLink[] = []
  let held: Array<() => void> | null = null
  return {
    join(link: FakeLink) {
      links.push(link)
    },
    publish(from: FakeLink, message: Message) {
      for (const link of links) {
        if (link === from || !link.subscribed) continue
        const deliver = () => link.listeners.message.forEach((listener) => listener(message))
        if (held) held.push(deliver)
        else deliver()
      }
    },
    /** Holds deliveries until `release()` (a message still on its way). */
    hold() {
      held = []
    },
    release() {
      const pending = held ?? []
      held = null
      pending.forEach((deliver) => deliver())
    },
  }
}

type FakeLink = Link & {
  listeners: { message: Array<(message: Message) => void>; live: Array<() => void> }
  failures: number
  goDown: () => void
  comeBack: () => void
}

function createLink(
  channel: ReturnType<typeof createChannel>,
  store: ReturnType<typeof createStore>,
) {
  let up = true
  let subscribed = true
  let epoch = 1
  const link: FakeLink = {
    listeners: { message: [], live: [] },
    failures: 0,
    started: Promise.resolve(),
    get up() {
      return up
    },
    get subscribed() {
      return subscribed
    },
    get epoch() {
      return epoch
    },
    failed() {
      link.failures += 1
      up = false
    },
    async publish(message) {
      if (!up) throw new Error('ECONNREFUSED')
      channel.publish(link, message)
    },
    onMessage(listener) {
      link.listeners.message.push(listener)
    },
    onLive(listener) {
      link.listeners.live.push(listener)
    },
    goDown() {
      up = false
      subscribed = false
      store.setDown(true)
    },
    comeBack() {
      store.setDown(false)
      up = true
      subscribed = true
      epoch += 1
      link.listeners.live.forEach((listener) => listener())
    },
  }
  channel.join(link)
  return link
}

function instance(
  channel: ReturnType<typeof createChannel>,
  store: ReturnType<typeof createStore>,
) {
  const link = createLink(channel, store)
  const local = createLruHandler({ maxItemsNumber: 100, maxItemSizeBytes: 10_000_000 })
  const log: string[] = []
  const handler = createTwoTierHandler({
    local,
    remote: store.handler,
    link,
    log: (l) => log.push(l),
  })
  return { link, local, handler, log }
}

function setUp() {
  const store = createStore()
  const channel = createChannel()
  return { store, channel, a: instance(channel, store), b: instance(channel, store) }
}

let clock = Math.floor(Date.now() / 1000)
/** A rendered page with a title, a second newer than the last one made. */
function rendered(title: string, tags: string[] = []): CacheEntry {
  clock += 1
  return {
    lastModified: clock * 1000,
    lifespan: {
      lastModifiedAt: clock,
      staleAt: clock + 300,
      expireAt: clock + 86_400,
      staleAge: 300,
      expireAge: 86_400,
      revalidate: 300,
    },
    tags,
    value: pageOf(`<h1>${title}</h1>`),
  }
}

const titleOf = htmlOf

describe('two tiers: a local copy in front of the shared store', () => {
  it('serves what another instance wrote, then its own copy without asking the store', async () => {
    const { store, a, b } = setUp()
    await a.handler.set(KEY, rendered('First'))
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>First</h1>')
    const asked = store.calls.get
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>First</h1>')
    expect(store.calls.get).toBe(asked)
  })

  it('drops its copy when another instance announces a change, and reads the new one', async () => {
    const { a, b } = setUp()
    await a.handler.set(KEY, rendered('First'))
    await b.handler.get(KEY, NO_TAGS)
    await a.handler.set(KEY, rendered('Second'))
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>Second</h1>')
  })

  it('keeps no copy of a read that overlapped a change (the read may be the older one)', async () => {
    const { store, channel, a, b } = setUp()
    await a.handler.set(KEY, rendered('First'))
    // B's read gets First from the store; A's change is announced before the read returns.
    const original = store.handler.get
    store.handler.get = async (key, meta) => {
      const answer = await original(key, meta)
      channel.hold()
      await a.handler.set(KEY, rendered('Second'))
      channel.release()
      return answer
    }
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>First</h1>')
    store.handler.get = original
    // Had B kept First, it would serve it now; it asks the store instead.
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>Second</h1>')
  })

  it('checks its copies against the store after a gap in the subscription', async () => {
    const { store, a, b } = setUp()
    await a.handler.set(KEY, rendered('First'))
    await b.handler.get(KEY, NO_TAGS)
    // B's subscription breaks; A's change is not heard by B.
    b.link.goDown()
    store.setDown(false)
    await a.handler.set(KEY, rendered('Second'))
    b.link.comeBack()
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>Second</h1>')
  })

  it('drops a tag from every instance and from the store', async () => {
    const { store, a, b } = setUp()
    await a.handler.set(KEY, rendered('Tagged', ['posts']))
    await a.handler.set('/other', rendered('Untagged', ['settings']))
    await b.handler.get(KEY, NO_TAGS)
    await a.handler.revalidateTag('posts')
    expect(store.entries.has(KEY)).toBe(false)
    expect(store.entries.has('/other')).toBe(true)
    expect(await b.local.get(KEY, NO_TAGS)).toBeNull()
    expect(await b.handler.get(KEY, NO_TAGS)).toBeNull()
  })

  it('stores an answer that found nothing for one minute only', async () => {
    const { store, a } = setUp()
    const notFound = { ...rendered('x'), value: null }
    await a.handler.set(KEY, notFound)
    const stored = store.entries.get(KEY)!
    expect(stored.lifespan!.expireAt - stored.lifespan!.lastModifiedAt).toBe(
      NOTHING_FOUND_TTL_SECONDS,
    )
  })
})

describe('two tiers while the store is unavailable', () => {
  it('serves each local copy, and misses (a render) for what the instance never had', async () => {
    const { a, b } = setUp()
    await a.handler.set(KEY, rendered('First'))
    await a.handler.set('/never-read-by-b', rendered('Other'))
    await b.handler.get(KEY, NO_TAGS)
    b.link.goDown()
    a.link.goDown()
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>First</h1>')
    expect(await b.handler.get('/never-read-by-b', NO_TAGS)).toBeNull()
    expect(titleOf(await a.handler.get('/never-read-by-b', NO_TAGS))).toBe('<h1>Other</h1>')
  })

  it('falls back to the copy when a read fails, and reports the failure', async () => {
    const { store, a, b } = setUp()
    await a.handler.set(KEY, rendered('First'))
    await b.handler.get(KEY, NO_TAGS)
    b.link.comeBack() // a new subscription: B's copy is no longer trusted without asking
    store.setDown(true) // Redis stops answering while the client still thinks it is up
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>First</h1>')
    expect(b.link.failures).toBe(1)
  })

  it('writes what it rendered during the outage to the store once it is back, and others see it', async () => {
    const { store, a, b } = setUp()
    await a.handler.set(KEY, rendered('Before'))
    await b.handler.get(KEY, NO_TAGS)
    a.link.goDown()
    b.link.goDown()
    // A publish during the outage reaches A (its webhook), and only A.
    await a.handler.set(KEY, rendered('During'))
    expect(titleOf(await a.handler.get(KEY, NO_TAGS))).toBe('<h1>During</h1>')
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>Before</h1>')
    b.link.comeBack()
    a.link.comeBack()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(titleOf(store.entries.get(KEY))).toBe('<h1>During</h1>')
    expect(titleOf(await b.handler.get(KEY, NO_TAGS))).toBe('<h1>During</h1>')
    expect(a.log).toEqual(['[cache] wrote 1 entries rendered during the outage to Redis'])
  })

  it('does not overwrite a newer entry in the store with what it rendered during the outage', async () => {
    const { store, a, b } = setUp()
    a.link.goDown()
    await a.handler.set(KEY, rendered('Older, during the outage'))
    store.setDown(false)
    await b.handler.set(KEY, rendered('Newer, from B'))
    a.link.comeBack()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(titleOf(store.entries.get(KEY))).toBe('<h1>Newer, from B</h1>')
    expect(titleOf(await a.handler.get(KEY, NO_TAGS))).toBe('<h1>Newer, from B</h1>')
  })

  it('replays a tag revalidated during the outage', async () => {
    const { store, a } = setUp()
    await a.handler.set(KEY, rendered('Tagged', ['posts']))
    a.link.goDown()
    await a.handler.revalidateTag('posts')
    expect(store.entries.has(KEY)).toBe(true)
    a.link.comeBack()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(store.entries.has(KEY)).toBe(false)
  })

  it('serves no copy past its expiry', async () => {
    const { a } = setUp()
    const old = rendered('Old')
    old.lifespan = { ...old.lifespan!, expireAt: Math.floor(Date.now() / 1000) - 1 }
    await a.handler.set(KEY, old)
    a.link.goDown()
    expect(await a.handler.get(KEY, NO_TAGS)).toBeNull()
  })
})
