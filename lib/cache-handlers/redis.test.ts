import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectRedisLink } from './redis-link.mjs'
import { NOTHING_FOUND_TTL_SECONDS, estimateExpireAge } from './rules.mjs'
import { gzipSerializer, keyPrefixOf, pruneSharedStore } from './shared-handler.mjs'
import { createTwoTierHandler } from './two-tier.mjs'
import type { CacheEntry } from './rules.mjs'
import { htmlOf, pageOf } from './test-values.ts'

// The shared cache's pieces as shared-handler.mjs puts them together (the library's Redis and
// LRU handlers, the two tiers, the link), for two instances in this process, against a real
// Redis (Debian's redis-server, which .ci/run installs) started, killed and restarted here.

const PORT = 6393
const URL = `redis://127.0.0.1:${PORT}`
const hasRedis = spawnSync('redis-server', ['--version']).status === 0
const NO_TAGS = { implicitTags: [] }

let redis: ChildProcess | null = null

async function startRedis() {
  redis = spawn(
    'redis-server',
    ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  )
  const probe = connectRedisLink({ url: URL, label: URL, channel: 'probe', log: () => {} })
  try {
    await until(() => probe.up)
  } finally {
    await probe.close()
  }
}

async function stopRedis() {
  if (!redis) return
  const exited = new Promise((resolve) => redis!.once('exit', resolve))
  redis.kill('SIGKILL')
  await exited
  redis = null
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out')
    await sleep(20)
  }
}

function instance(name: string, keyPrefix: string) {
  const log: string[] = []
  const link = connectRedisLink({
    url: URL,
    label: URL,
    channel: `${keyPrefix}changes`,
    log: (line) => log.push(line),
  })
  const remote = createRedisHandler({
    client: link.client,
    keyPrefix,
    timeoutMs: 1000,
    keyExpirationStrategy: 'EXAT',
    valueSerializer: gzipSerializer,
  })
  const local = createLruHandler({ maxItemsNumber: 100, maxItemSizeBytes: 10_000_000 })
  const handler = createTwoTierHandler({ local, remote, link, log: (line) => log.push(line) })
  return { name, log, link, remote, handler }
}

function rendered(title: string, ageSeconds = 0, value?: CacheEntry['value']): CacheEntry {
  const lastModifiedAt = Math.floor(Date.now() / 1000) - ageSeconds
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
    value: value === undefined ? pageOf(`<h1>${title}</h1>`) : value,
  }
}

const titleOf = htmlOf

describe.skipIf(!hasRedis)('the shared cache against a real Redis', () => {
  const keyPrefix = keyPrefixOf(`test-${Date.now()}`)
  let a: ReturnType<typeof instance>
  let b: ReturnType<typeof instance>

  beforeAll(async () => {
    await startRedis()
    a = instance('A', keyPrefix)
    b = instance('B', keyPrefix)
    await until(() => a.link.subscribed && b.link.subscribed)
  }, 20_000)

  afterAll(async () => {
    await Promise.allSettled([a?.link.close(), b?.link.close()])
    await stopRedis()
  })

  it("shows one instance's write on the other within milliseconds, through the channel", async () => {
    const key = '/route-cache/pages/x/$/2026/02/20/a-post'
    await a.handler.set(key, rendered('First'))
    expect(titleOf(await b.handler.get(key, NO_TAGS))).toBe('<h1>First</h1>')
    const started = performance.now()
    await a.handler.set(key, rendered('Second', -1))
    await until(async () => titleOf(await b.handler.get(key, NO_TAGS)) === '<h1>Second</h1>', 2000)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('keeps a 404 a minute in Redis and a page a day, under keys of this build', async () => {
    await a.handler.set('/made-up', rendered('x', 0, null))
    await a.handler.set('/a-page', rendered('A page'))
    const ttl404 = await a.link.client.ttl(`${keyPrefix}/made-up`)
    const ttlPage = await a.link.client.ttl(`${keyPrefix}/a-page`)
    expect(ttl404).toBeGreaterThan(0)
    expect(ttl404).toBeLessThanOrEqual(NOTHING_FOUND_TTL_SECONDS)
    expect(ttlPage).toBeGreaterThan(23 * 3600)
    // Every key this build wrote carries an expiry: nothing grows without bound.
    const keys = await a.link.client.keys(`${keyPrefix}*`)
    for (const key of keys) {
      if (key.endsWith('__revalidated_tags__')) continue
      if (key.includes('__sharedTags')) continue
      expect(await a.link.client.ttl(key), key).toBeGreaterThan(0)
    }
  })

  it("prunes made-up addresses' fields from the tag hashes once their keys expire", async () => {
    // Rendered 59 s ago: a 404's key lives one more second.
    await a.handler.set('/made-up-and-gone', rendered('x', NOTHING_FOUND_TTL_SECONDS - 1, null))
    const tagsHash = `${keyPrefix}__sharedTags__`
    expect(Number(await a.link.client.hExists(tagsHash, '/made-up-and-gone'))).toBe(1)
    await sleep(2100)
    expect(await a.link.client.exists(`${keyPrefix}/made-up-and-gone`)).toBe(0)
    await pruneSharedStore(a.link, a.remote, keyPrefix)
    expect(Number(await a.link.client.hExists(tagsHash, '/made-up-and-gone'))).toBe(0)
    expect(Number(await a.link.client.hExists(tagsHash, '/a-page'))).toBe(1)
    // The hashes themselves expire once no instance prunes them any more.
    expect(await a.link.client.ttl(tagsHash)).toBeGreaterThan(24 * 3600)
  })

  it('serves local copies while Redis is down, says so once, and recovers by itself', async () => {
    const key = '/route-cache/pages/x/$/outage'
    await a.handler.set(key, rendered('Before'))
    expect(titleOf(await b.handler.get(key, NO_TAGS))).toBe('<h1>Before</h1>')
    await stopRedis()
    await until(() => !a.link.up && !b.link.up)
    for (let i = 0; i < 50; i++) {
      expect(titleOf(await b.handler.get(key, NO_TAGS))).toBe('<h1>Before</h1>')
    }
    // A publish during the outage reaches A only.
    await a.handler.set(key, rendered('During', -2))
    expect(titleOf(await a.handler.get(key, NO_TAGS))).toBe('<h1>During</h1>')
    expect(b.log.filter((line) => line.includes('unavailable'))).toHaveLength(1)

    await startRedis() // empty: what Redis held is gone
    await until(() => a.link.subscribed && b.link.subscribed && !a.link.outage && !b.link.outage)
    expect(b.log.filter((line) => line.includes('back at'))).toHaveLength(1)
    // A wrote what it rendered during the outage; B drops its older copy and reads it.
    await until(async () => titleOf(await b.handler.get(key, NO_TAGS)) === '<h1>During</h1>', 5000)
    expect(b.log.filter((line) => line.includes('unavailable'))).toHaveLength(1)
  }, 30_000)
})
