import { expect, test } from '@playwright/test'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { editorClient, sanitySiteUrl, STAND_IN, standInControl } from './setup.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// Issue: published in Sanity, live on the site in seconds. The site here was built against
// the stand-in; the stand-in sends a signed webhook to /api/revalidate on every publish,
// as Sanity's GROQ-powered webhook does.

const SEED_PATH = SEED_ARTICLE.path
const LONELINESS_ID = 'post-why-loneliness-is-rising-despite-social-media'
const LONELINESS = '/2026/02/20/why-loneliness-is-rising-despite-social-media'
const LOVE_MONEY_ID =
  'post-love-money-and-expectations-the-hidden-reasons-modern-couples-are-struggling-more-than-ever'
const LOVE_MONEY =
  '/2026/01/22/love-money-and-expectations-the-hidden-reasons-modern-couples-are-struggling-more-than-ever'

const pageText = async (path: string) => (await fetch(`${sanitySiteUrl}${path}`)).text()

// Each test starts when the webhooks of earlier tests have been answered: the stand-in, like
// Sanity, delivers one at a time, and a publish must not wait behind another test's.
test.beforeEach(() => standInControl('webhooks/settled'))

// A 2 s deadline on a 2-core CI machine that also runs eight other servers: one run in many
// misses it by a hair (CI on 0778963: the article page, the first poll). A retry is a second,
// independent measurement with a new title, and must meet the same deadline; two misses fail.
test.describe.configure({ retries: 1 })

test('a published title change reaches the article, the home page and suggested reads in 2 s', async () => {
  // Every page involved is already rendered and cached.
  for (const path of [LONELINESS, '/', SEED_PATH]) {
    expect(await pageText(path)).toContain('Why Loneliness Is Rising Despite Social Media')
  }

  const title = `Why Loneliness Keeps Rising (updated ${Date.now()})`
  const published = Date.now()
  await editorClient.patch(LONELINESS_ID).set({ title }).commit()

  await expect
    .poll(() => pageText(LONELINESS), { timeout: 2_000, intervals: [50] })
    .toContain(title)
  const elapsed = Date.now() - published
  test.info().annotations.push({ type: 'publish-to-fresh-page-ms', description: String(elapsed) })
  console.log(`publish → fresh article page: ${elapsed} ms`)

  // The webhook renders the pages it names a few at a time: each is fresh within the same 2 s.
  const left = () => Math.max(100, 2_000 - (Date.now() - published))
  await expect.poll(() => pageText('/'), { timeout: left(), intervals: [50] }).toContain(title)
  // The seed article picks this post as its second suggested read.
  await expect
    .poll(() => pageText(SEED_PATH), { timeout: left(), intervals: [50] })
    .toContain(title)
})

test('an unpublished (deleted) post answers 404 at its permalink after the webhook', async () => {
  const before = await fetch(`${sanitySiteUrl}${LOVE_MONEY}`)
  expect(before.status).toBe(200)

  await editorClient.delete(LOVE_MONEY_ID)

  await expect
    .poll(async () => (await fetch(`${sanitySiteUrl}${LOVE_MONEY}`)).status, {
      timeout: 2_000,
      intervals: [50],
    })
    .toBe(404)
  await expect
    .poll(() => pageText('/'), { timeout: 2_000, intervals: [50] })
    .not.toContain('Love, Money, and Expectations')
})

test('a webhook with a bad signature is refused and changes nothing', async ({ request }) => {
  const path = '/2026/02/15/the-real-reason-relationships-are-failing-in-kenya-today'
  expect(await pageText(path)).toContain('The Real Reason Relationships Are Failing in Kenya Today')

  // The change reaches Sanity, but its webhook is lost...
  await standInControl('webhooks/pause')
  try {
    await editorClient
      .patch('post-the-real-reason-relationships-are-failing-in-kenya-today')
      .set({ title: 'Changed Without A Webhook' })
      .commit()
  } finally {
    await standInControl('webhooks/resume')
  }

  // ...and forged or broken calls are turned away without revalidating anything.
  const body = JSON.stringify({
    _type: 'post',
    slug: { current: 'the-real-reason-relationships-are-failing-in-kenya-today' },
  })
  const forged = await encodeSignatureHeader(body, Date.now(), 'not-the-secret')
  const attempts: Array<Record<string, string>> = [
    {},
    { [SIGNATURE_HEADER_NAME]: forged },
    { [SIGNATURE_HEADER_NAME]: 'garbage' },
  ]
  for (const headers of attempts) {
    const response = await request.post('/api/revalidate', {
      data: body,
      headers: { 'content-type': 'application/json', ...headers },
    })
    expect(response.status()).toBe(401)
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({ error: 'Invalid signature' })
    expect(text).not.toContain(STAND_IN.webhookSecret)
  }

  await new Promise((resolve) => setTimeout(resolve, 500))
  const after = await pageText(path)
  expect(after).toContain('The Real Reason Relationships Are Failing in Kenya Today')
  expect(after).not.toContain('Changed Without A Webhook')
})

test('the webhook endpoint answers malformed and oversized bodies with a short 4xx', async ({
  request,
}) => {
  const signed = async (body: string) => ({
    [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), STAND_IN.webhookSecret),
  })
  const notJson = '{"_type": "post",'
  const malformed = await request.post('/api/revalidate', {
    data: notJson,
    headers: await signed(notJson),
  })
  expect(malformed.status()).toBe(400)

  const notAChange = JSON.stringify({ hello: 'world' })
  const wrongShape = await request.post('/api/revalidate', {
    data: notAChange,
    headers: await signed(notAChange),
  })
  expect(wrongShape.status()).toBe(400)

  const huge = await request.post('/api/revalidate', { data: 'x'.repeat(100_000) })
  expect(huge.status()).toBe(413)

  const valid = JSON.stringify({ _type: 'siteSettings' })
  const ok = await request.post('/api/revalidate', { data: valid, headers: await signed(valid) })
  expect(ok.status()).toBe(200)
  // A settings change refreshes the pages that show them most: home and support at once,
  // and the pages its footer links to (About, Privacy).
  expect(await ok.json()).toEqual({
    revalidated: ['/', '/about', '/privacy', '/support'],
    failed: [],
  })
})
