import { expect, test } from '@playwright/test'
import { postPath } from '../../lib/addresses/permalink.ts'
import { generatedArticleImage } from '../../lib/seo/share-image.ts'
import { until } from '../../tests/harness/until.ts'
import { changesChannel, RedisServer } from './processes.ts'
import { instanceUrl, REDIS_PORTS, redisEditorClient, redisStandInControl } from './setup.ts'

// Issue #26, scheduled posts, on two instances sharing Redis (A gets the stand-in's publish
// webhooks, B never does). Posts are published with a date 50-90 s ahead: until then they
// are on no page of either instance (their address a 404 that names nothing of them), and
// from their moment on every place lists them within 60 s, nobody pressing anything. One is
// moved later before its first date (it must wait for the new one), one unscheduled (its
// date taken away: it never appears). Named to run after shared-cache.spec.ts, which starts
// and stops Redis on the same port for its own tests.

const A = instanceUrl(REDIS_PORTS.a)
const B = instanceUrl(REDIS_PORTS.b)
const INSTANCES = [A, B]
const LONELINESS_ID = 'post-why-loneliness-is-rising-despite-social-media'
const LONELINESS = '/2026/02/20/why-loneliness-is-rising-despite-social-media'
/** The limit: every instance shows a post within this long of its moment. */
const WITHIN_MS = 60_000

const redis = new RedisServer()

/** A word no other post has, letters only (the search keeps letters and digits). */
const word = () =>
  Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  )

type Scheduled = {
  id: string
  slug: string
  title: string
  word: string
  at: number
  /** Whether an existing article picks it as a suggested read. */
  picked?: boolean
}

function scheduledPost(name: string, at: number): Scheduled {
  const unique = word()
  return {
    id: `post-scheduled-${name}-${unique}`,
    slug: `scheduled-${name}-${unique}`,
    title: `Monday ${name} ${unique}`,
    word: unique,
    at,
  }
}

const pathOf = (post: Scheduled) =>
  postPath({ slug: post.slug, publishedAt: new Date(post.at).toISOString() })

async function publish(post: Scheduled) {
  await redisStandInControl('webhooks/settled')
  await redisEditorClient.createOrReplace({
    _id: post.id,
    _type: 'post',
    title: post.title,
    slug: { _type: 'slug', current: post.slug },
    publishedAt: new Date(post.at).toISOString(),
    excerpt: `The ${post.word} piece, written ahead for the morning.`,
    author: { _type: 'reference', _ref: 'author-nabado-editors' },
    categories: [{ _type: 'reference', _ref: 'category-relationships', _key: 'c1' }],
    body: [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: 's1', text: `A ${post.word} story.`, marks: [] }],
      },
    ],
  })
}

async function get(origin: string, path: string) {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' })
  return { status: response.status, text: await response.text() }
}

/** The places a post shows once readers may see it; true where `post` is there. */
async function places(origin: string, post: Scheduled) {
  const has = async (path: string) => (await get(origin, path)).text.includes(post.slug)
  const article = await get(origin, pathOf(post))
  return {
    article: article.status === 200 && article.text.includes(post.title),
    shortLink: (await get(origin, `/${post.slug}`)).status === 308,
    shareImage:
      (await fetch(`${origin}${generatedArticleImage(pathOf(post), '').url}`)).status === 200,
    home: await has('/'),
    category: await has('/category/relationships'),
    author: await has('/author/nabado-editors'),
    feed: await has('/feed.xml'),
    sitemap: await has('/sitemap.xml'),
    // Only the post it picks (others are in no article's picks).
    ...(post.picked ? { picker: await has(LONELINESS) } : {}),
    search: (await get(origin, `/search?q=${post.word}`)).text.includes(post.title),
  }
}

const everywhere = (value: boolean, post: Scheduled) => ({
  article: value,
  shortLink: value,
  shareImage: value,
  home: value,
  category: value,
  author: value,
  feed: value,
  sitemap: value,
  ...(post.picked ? { picker: value } : {}),
  search: value,
})

/** Waits until `post` is everywhere on both instances; the time it took after its moment. */
async function appearsEverywhere(post: Scheduled) {
  for (const origin of INSTANCES) {
    await expect
      .poll(() => places(origin, post), {
        timeout: Math.max(1_000, post.at + WITHIN_MS - Date.now()),
        intervals: [1_000],
        message: `${post.slug} everywhere on ${origin} within 60 s of its moment`,
      })
      .toEqual(everywhere(true, post))
  }
  return Date.now() - post.at
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  await RedisServer.assertInstalled()
  await redis.start()
  // Both instances subscribed again: they reconnect by themselves (shared-cache.spec.ts).
  await until(
    () =>
      redis.with(async (client) => {
        const counts = await client.pubSubNumSub(changesChannel())
        return Number(Object.values(counts)[0] ?? 0) >= 2
      }),
    { what: 'A and B to subscribe', timeout: 30_000 },
  )
})
test.afterAll(async () => {
  // The picker back as it was, then Redis down as the suite found it.
  await redisEditorClient.patch(LONELINESS_ID).unset(['related']).commit()
  await redis.kill()
})

test('a scheduled post is nowhere until its moment, then everywhere on both instances within 60 s; moved and unscheduled posts follow their dates', async () => {
  test.setTimeout(300_000)
  const start = Date.now()
  const first = { ...scheduledPost('first', start + 75_000), picked: true }
  const moved = scheduledPost('moved', start + 50_000)
  const dropped = scheduledPost('dropped', start + 60_000)
  for (const post of [first, moved, dropped]) await publish(post)
  // An existing article picks the first as a suggested read ahead of time.
  await redisStandInControl('webhooks/settled')
  await redisEditorClient
    .patch(LONELINESS_ID)
    .set({ related: [{ _type: 'reference', _ref: first.id, _key: 'r1' }] })
    .commit()
  // Every reader page renders now (and is cached), before any moment.
  for (const origin of INSTANCES) {
    for (const post of [first, moved, dropped]) {
      expect(await places(origin, post), `${post.slug} on ${origin}`).toEqual(
        everywhere(false, post),
      )
    }
  }

  // The 404 names nothing of the post: not its title, its words, nor in the head.
  const notYet = await get(B, pathOf(first))
  expect(notYet.status).toBe(404)
  for (const leak of [first.title, first.word, first.slug]) expect(notYet.text).not.toContain(leak)

  // Moved later before its date; unscheduled (its date taken away) before its.
  await redisStandInControl('webhooks/settled')
  moved.at = start + 105_000
  await redisEditorClient
    .patch(moved.id)
    .set({ publishedAt: new Date(moved.at).toISOString() })
    .commit()
  await redisStandInControl('webhooks/settled')
  await redisEditorClient.patch(dropped.id).unset(['publishedAt']).commit()
  await redisStandInControl('webhooks/settled')

  // Past the moved post's first date (and the dropped one's): neither is out anywhere.
  await until(() => Date.now() > start + 62_000, { what: 'the first dates', timeout: 70_000 })
  for (const origin of INSTANCES) {
    expect((await get(origin, pathOf(dropped))).status).toBe(404)
    expect((await get(origin, `/search?q=${moved.word}`)).text).not.toContain(moved.title)
    expect((await get(origin, '/')).text).not.toContain(moved.slug)
    expect((await get(origin, '/')).text).not.toContain(first.slug)
  }

  const firstAfter = await appearsEverywhere(first)
  console.log(`scheduled post everywhere on A and B ${firstAfter} ms after its moment`)
  test
    .info()
    .annotations.push({ type: 'scheduled-to-everywhere-ms', description: String(firstAfter) })
  const movedAfter = await appearsEverywhere(moved)
  console.log(`moved post everywhere on A and B ${movedAfter} ms after its new moment`)
  for (const origin of INSTANCES) {
    expect(await places(origin, dropped), `${dropped.slug} on ${origin}`).toEqual(
      everywhere(false, dropped),
    )
  }
})
