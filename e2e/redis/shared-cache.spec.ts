import { expect, test } from '@playwright/test'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'
import { NOTHING_FOUND_TTL_SECONDS } from '../../lib/cache-handlers/rules.mjs'
import { until } from '../../tests/harness/until.ts'
import { changesChannel, CountingProxy, Instance, logLines, RedisServer } from './processes.ts'
import {
  instanceUrl,
  REDIS_PORTS,
  redisEditorClient,
  redisSiteEnv,
  redisStandInControl,
  redisUrl,
} from './setup.ts'

// Issue #19: several instances behind a balancer, one shared cache in Redis. Two instances (A
// and B) of one standalone build run from playwright.config.ts, started before Redis is: the
// first test starts Redis and sees both connect by themselves. The stand-in's publish
// webhook reaches A only; B must serve the change within 2 s. Redis is then killed (both keep
// serving what they rendered, with 200) and restarted (a later publish reaches both), and a
// third instance started after a publish serves the fresh page without rendering it.

const A = instanceUrl(REDIS_PORTS.a)
const B = instanceUrl(REDIS_PORTS.b)
const LONELINESS_ID = 'post-why-loneliness-is-rising-despite-social-media'
const LONELINESS = '/2026/02/20/why-loneliness-is-rising-despite-social-media'
/** Pages rendered on both instances before Redis goes down. */
const RENDERED = ['/', '/support', LONELINESS, SEED_ARTICLE.path, '/category/relationships']

const redis = new RedisServer()

async function get(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
  return { status: response.status, text: await response.text() }
}

const hasTitle = async (origin: string, path: string, title: string) =>
  (await get(origin, path)).text.includes(title)

/** Subscribers on the build's channel: each instance has one once it is connected. */
const subscribers = () =>
  redis.with(async (client) => {
    const counts = await client.pubSubNumSub(changesChannel())
    return Number(Object.values(counts)[0] ?? 0)
  })

/** The loneliness post's title as last published. */
let latestTitle = 'Why Loneliness Is Rising Despite Social Media'

/** Publishes a new title for the loneliness post; resolves with it and the time of the commit. */
async function publishTitle(label: string) {
  await redisStandInControl('webhooks/settled')
  const title = `Why Loneliness Keeps Rising (${label} ${Date.now()})`
  await redisEditorClient.patch(LONELINESS_ID).set({ title }).commit()
  latestTitle = title
  return { title, published: Date.now() }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => RedisServer.assertInstalled())
test.afterAll(() => redis.kill())

test('both instances connect to a Redis started after them, by themselves', async () => {
  // Started without Redis, each said so once, and serves pages anyway.
  for (const name of ['a', 'b']) {
    expect(logLines(name).lines.filter((line) => line.includes('Redis unavailable'))).toHaveLength(
      1,
    )
  }
  expect((await get(B, LONELINESS)).status).toBe(200)
  await redis.start()
  await until(async () => (await subscribers()) >= 2, { what: 'A and B to subscribe' })
  for (const name of ['a', 'b']) {
    await until(() => logLines(name).lines.some((line) => line.includes('Redis back at')), {
      what: `instance ${name} to log its recovery`,
    })
  }
})

test('a publish webhook sent to A is on B within 2 s', async () => {
  // Both have the page (B its local copy, after its first read from Redis).
  for (const origin of [A, B]) {
    for (const path of RENDERED)
      expect((await get(origin, path)).status, `${origin}${path}`).toBe(200)
    expect(await hasTitle(origin, LONELINESS, latestTitle)).toBe(true)
  }
  const { title, published } = await publishTitle('shared')
  await expect
    .poll(() => hasTitle(B, LONELINESS, title), { timeout: 2_000, intervals: [50] })
    .toBe(true)
  const elapsed = Date.now() - published
  console.log(`publish (webhook to A) → fresh article on B: ${elapsed} ms`)
  test.info().annotations.push({ type: 'publish-to-b-ms', description: String(elapsed) })
  expect(await hasTitle(A, LONELINESS, title)).toBe(true)
  const left = () => Math.max(100, 2_000 - (Date.now() - published))
  await expect.poll(() => hasTitle(B, '/', title), { timeout: left(), intervals: [50] }).toBe(true)
})

test("made-up addresses' 404s live a minute in Redis", async () => {
  const marker = `made-up-${Date.now()}`
  for (let i = 0; i < 10; i++) {
    expect((await get(A, `/category/${marker}-${i}`)).status).toBe(404)
    expect((await get(B, `/2026/02/28/${marker}-${i}`)).status).toBe(404)
  }
  const ttls = await redis.with(async (client) => {
    const keys = await client.keys(`*${marker}*`)
    return Promise.all(keys.map((key) => client.ttl(key)))
  })
  expect(ttls).toHaveLength(20)
  for (const ttl of ttls) {
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(NOTHING_FOUND_TTL_SECONDS)
  }
})

test("the standalone server answers a made-up address with the site's own 404 page", async () => {
  // patches/next+16.4.6.patch: pages/404.tsx, not the App Router's not-found page (which
  // would load Next.js's client scripts).
  const { status, text } = await get(B, '/no-such-page')
  expect(status).toBe(404)
  expect(text).toMatch(/<title[^>]*>Page not found · Nabado<\/title>/)
  expect(text).toContain('Read the latest articles')
  expect(text).not.toMatch(/<script[^>]*src="\/_next\/static\//)
  expect(text).not.toContain('self.__next_f')
})

test('Redis killed: both instances serve every rendered page with 200, and say so once', async () => {
  const before = { a: logLines('a').length, b: logLines('b').length }
  await redis.kill()
  for (let round = 0; round < 3; round++) {
    for (const origin of [A, B]) {
      for (const path of RENDERED) {
        const { status, text } = await get(origin, path)
        expect(status, `${origin}${path}`).toBe(200)
        expect(text).toContain('</html>')
      }
    }
  }
  // Nothing older than what each had: the title as last published.
  for (const origin of [A, B]) expect(await hasTitle(origin, LONELINESS, latestTitle)).toBe(true)
  for (const name of ['a', 'b'] as const) {
    const lines = logLines(name, before[name]).lines
    expect(
      lines.filter((line) => line.includes('Redis unavailable')),
      name,
    ).toHaveLength(1)
    expect(
      lines.filter((line) => line.includes('[cache]')),
      name,
    ).toHaveLength(1)
  }
})

test('Redis restarted: the instances reconnect by themselves and a later publish reaches both', async () => {
  const before = { a: logLines('a').length, b: logLines('b').length }
  await redis.start()
  await until(async () => (await subscribers()) >= 2, { what: 'A and B to subscribe again' })
  for (const name of ['a', 'b'] as const) {
    await until(
      () => logLines(name, before[name]).lines.some((line) => line.includes('Redis back at')),
      { what: `instance ${name} to log its recovery` },
    )
  }
  const { title, published } = await publishTitle('after restart')
  await expect
    .poll(() => hasTitle(B, LONELINESS, title), { timeout: 2_000, intervals: [50] })
    .toBe(true)
  console.log(`after the restart, publish → fresh article on B: ${Date.now() - published} ms`)
  expect(await hasTitle(A, LONELINESS, title)).toBe(true)
})

test('a third instance started after a publish serves the fresh page without rendering it', async () => {
  test.setTimeout(90_000)
  // A post published now is first rendered at run time (not in the build's prerender
  // manifest); one more title change to the loneliness post.
  const slug = `shared-cache-${Date.now()}`
  const path = `/2026/03/03/${slug}`
  await redisStandInControl('webhooks/settled')
  await redisEditorClient.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: 'Rendered Once, Served Everywhere',
    slug: { _type: 'slug', current: slug },
    publishedAt: '2026-03-03T09:00:00+03:00',
  })
  const { title } = await publishTitle('for C')
  await expect.poll(() => hasTitle(A, LONELINESS, title), { timeout: 2_000 }).toBe(true)
  await expect.poll(async () => (await get(A, path)).status, { timeout: 5_000 }).toBe(200)

  const proxy = new CountingProxy()
  await proxy.start()
  // C reads content through the proxy: a render would show there as a query.
  const c = new Instance('c', REDIS_PORTS.c, {
    ...redisSiteEnv,
    SANITY_API_HOST: instanceUrl(REDIS_PORTS.countingProxy),
    REDIS_URL: redisUrl,
  })
  try {
    // C answers (a static file: nothing rendered, no content read, no cache used yet).
    await c.start()
    // More than a second after A rendered them: a page whose lifetime C did not know would
    // count as stale now and be rendered again behind the answer.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    proxy.queries = []

    const article = await get(c.origin, LONELINESS)
    expect(article.status).toBe(200)
    expect(article.text).toContain(title)
    const fresh = await get(c.origin, path)
    expect(fresh.status).toBe(200)
    expect(fresh.text).toContain('Rendered Once, Served Everywhere')
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    // The search index's keeper reads too (its start-up fill and its checks, #25), and so
    // does the scheduled posts' timer (#26): those are not page renders.
    expect(
      proxy.queries.filter((query) => !isBackgroundRead(query)),
      'content queries C made for pages in the shared cache',
    ).toEqual([])
    expect(await subscribers()).toBe(3)
    expect(logLines('c').lines.filter((line) => line.includes('[cache]'))).toEqual([])

    // The proxy does see C's renders: an address nobody asked for before is rendered, and
    // asks for content (search no longer does: it reads the index).
    proxy.queries = []
    expect((await get(c.origin, `/2026/03/04/never-published-${Date.now()}`)).status).toBe(404)
    expect(proxy.queries.filter((query) => !isBackgroundRead(query)).length).toBeGreaterThan(0)
  } finally {
    await c.stop()
    await proxy.stop()
    await redisEditorClient.delete(`post-${slug}`)
  }
})

/**
 * The reads every instance makes by itself: the search index's (SEARCH_FINGERPRINT_QUERY,
 * SEARCH_DOCUMENTS_QUERY) and the scheduled posts' timer's (NEXT_SCHEDULED_QUERY,
 * DUE_POSTS_QUERY, both asking for dates after one).
 */
function isBackgroundRead(path: string): boolean {
  const query = new URL(path, 'http://proxy').searchParams.get('query') ?? ''
  return (
    query.includes('"seconds": math::sum') ||
    query.includes('"headings": pt::text') ||
    query.includes('dateTime(publishedAt) > dateTime(')
  )
}
