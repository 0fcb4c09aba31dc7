import { setTimeout as sleep } from 'node:timers/promises'
import { expect, test } from '@playwright/test'
import { editorClient, sanitySiteUrl, standInControl } from './setup.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// Sanity is unreachable: readers keep every page they could read before, a page never
// rendered gets a friendly 5xx page, and the site recovers by itself. Both tests take the
// stand-in down and wait until the site answers again before they end, so later tests
// never meet a render that began during the outage.

/** Pages that list posts: a publish expires them, so their next request renders afresh. */
const LISTINGS = ['/', '/category/relationships', '/author/nabado-editors']

const RENDERED = ['/', SEED_ARTICLE.path, '/support']

/** Publishes a new post and waits until its webhook has refreshed the pages that list posts. */
async function publishPost(slug: string, title: string, publishedAt: string) {
  await editorClient.create({
    _id: `post-${slug}`,
    _type: 'post',
    title,
    slug: { _type: 'slug', current: slug },
    publishedAt,
    categories: [{ _type: 'reference', _ref: 'category-relationships', _key: 'c1' }],
  })
  // The webhook renders every page the post made stale (the listings, its neighbours by
  // date) before it answers; once it has, the home page lists the post.
  await standInControl('webhooks/settled')
  await expect
    .poll(async () => (await (await fetch(`${sanitySiteUrl}/`)).text()).includes(slug), {
      timeout: 10_000,
    })
    .toBe(true)
}

/** Waits until every listing page renders again: the site has recovered. */
async function expectListingsBack() {
  for (const path of LISTINGS)
    await expect
      .poll(async () => (await fetch(`${sanitySiteUrl}${path}`)).status, { timeout: 15_000 })
      .toBe(200)
}

test('a blip shorter than the client’s retries is invisible to a reader', async () => {
  // The category page was expired by a publish, so this request renders it while the API
  // is down, and the API comes back 300 ms later. Before reads opted out of Next.js's
  // request memoization, every retry got the first failure back: a 500 after 3.4 s.
  const slug = `written-before-a-blip-${Date.now()}`
  await publishPost(slug, 'Written Before A Blip', '2026-03-02T09:00:00+03:00')
  await standInControl('stop')
  const answer = fetch(`${sanitySiteUrl}/category/relationships`)
  try {
    await sleep(300)
  } finally {
    await standInControl('start')
  }
  const response = await answer
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('Written Before A Blip')
  await expectListingsBack()
})

test('an outage keeps rendered pages up, fails new ones kindly, and recovers', async ({ page }) => {
  test.setTimeout(60_000)
  // A post published just before the outage, that no reader has opened yet.
  const slug = `written-before-the-outage-${Date.now()}`
  // Waiting for the webhook matters: landing later, it could expire a page after its last
  // good copy is taken below.
  await publishPost(slug, 'Written Before The Outage', '2026-03-01T09:00:00+03:00')
  const newPath = `/2026/03/01/${slug}`
  const lastGood = new Map<string, string>()
  for (const path of RENDERED) {
    const response = await fetch(`${sanitySiteUrl}${path}`)
    expect(response.status).toBe(200)
    lastGood.set(path, await response.text())
  }

  await standInControl('stop')
  try {
    for (const path of RENDERED) {
      const response = await fetch(`${sanitySiteUrl}${path}`)
      expect(response.status, path).toBe(200)
      expect(await response.text(), path).toBe(lastGood.get(path))
    }

    const response = await page.goto(newPath)
    expect(response?.status()).toBeGreaterThanOrEqual(500)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong')
    const html = await response!.text()
    expect(html).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:3334|api\.sanity\.io|at .*\.js:\d+/)
  } finally {
    await standInControl('start')
  }

  // Back up: the same address now renders, with no restart of the site.
  await expect
    .poll(async () => (await fetch(`${sanitySiteUrl}${newPath}`)).status, { timeout: 10_000 })
    .toBe(200)
  await page.goto(newPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Written Before The Outage')
  // Pages the error page's links prefetched during the outage render again too.
  await expectListingsBack()
})
