import { expect, test } from '@playwright/test'
import {
  dockerUnavailable,
  get,
  hasTitle,
  instanceURL,
  LONELINESS,
  nginxURL,
  publishTitle,
  TILL,
} from './setup.ts'

// The stack as readers and editors reach it: everything through nginx (deploy/nginx.conf), a
// publish through Sanity's webhook (the stand-in's, to nginx) on both instances within 2 s.

test.skip(dockerUnavailable() !== null, `stack tests skipped: ${dockerUnavailable()}`)
test.use({ baseURL: nginxURL })

test('reader pages, /support, the feed and the Studio answer through nginx', async ({
  request,
  page,
}) => {
  for (const path of ['/', LONELINESS, '/category/relationships', '/author/nabado-editors']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text()).toContain('Nabado')
  }
  const support = await request.get('/support')
  expect(support.status()).toBe(200)
  expect(await support.text()).toContain(TILL)

  const feed = await request.get('/feed.xml')
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain('<rss')

  const studio = await request.get('/studio')
  expect(studio.status()).toBe(200)
  expect(studio.headers()['x-cache-status']).toBeUndefined()

  // Search in the container: PostgreSQL's pg_trgm behind DATABASE_URL.
  await page.goto('/search?q=loneliness')
  await expect(page.getByRole('main')).toContainText('Why Loneliness')
})

test('a 404 from the image has no framework script (the Next.js patch is in force)', async () => {
  const missing = await get(nginxURL, '/no-such-page-anywhere')
  expect(missing.status).toBe(404)
  expect(missing.text).toMatch(/<title[^>]*>Page not found · Nabado<\/title>/)
  expect(missing.text).not.toMatch(/<script[^>]+src="\/_next\//)
})

test('a publish through the webhook shows its new title on both instances within 2 s', async () => {
  const title = await publishTitle('stack')
  await Promise.all(
    (['a', 'b'] as const).map((name) =>
      expect
        .poll(() => hasTitle(instanceURL(name), title), { timeout: 2_000, intervals: [50] })
        .toBe(true),
    ),
  )
})
