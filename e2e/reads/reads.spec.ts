import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expectNoAxeViolations } from '../helpers/axe.ts'
import { sendBody } from '../helpers/webhook-cases.ts'
import { bundledArticles, READS_WEBHOOK_SECRET, type Article } from './setup.ts'

// What readers read (#26), in Chromium against the built site with a data folder of its own:
// each test reads articles no other test reads, and checks the counts the Studio is given
// (GET /api/read-stats) and the beacons the page sent. Playwright's clock stands in for the
// 15 s on screen.

const articles = bundledArticles()
/**
 * The article only the test numbered `n` reads (numbered by hand: a failed test restarts the
 * worker, which loads this file again, so a counter would hand out the same articles twice).
 */
const articleOf = (n: number): Article => articles[n]!

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

async function readsOf(request: APIRequestContext, article: Article) {
  const answer = await request.get(`/api/read-stats?slug=${article.slug}`)
  expect(answer.status()).toBe(200)
  return ((await answer.json()) as { lastSevenDays: number; total: number }).total
}

/** The beacons the page sends, as they finish (the server has answered). */
function beaconsOf(page: Page) {
  const sent: string[] = []
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname === '/api/read') sent.push(request.postData() ?? '')
  })
  return sent
}

async function openWithClock(page: Page, article: Article) {
  await page.clock.install()
  await page.goto(article.path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Time passes with nothing else happening: no beacon is on its way after this. */
async function settle(page: Page) {
  await page.clock.runFor(1000)
  await page.waitForTimeout(500)
}

test.describe('a read', () => {
  test('is counted once an article has been on screen for 15 s, once per tab', async ({
    page,
    context,
    request,
  }) => {
    const article = articleOf(0)
    const sent = beaconsOf(page)
    await openWithClock(page, article)
    await page.clock.runFor(13_000)
    await settle(page) // 14 s on screen.
    expect(sent).toEqual([])
    await page.clock.runFor(1000)
    await expect.poll(() => sent).toEqual([article.path])
    await expect.poll(() => readsOf(request, article)).toBe(1)

    // Reloading in the same tab: not again.
    await page.reload()
    await page.clock.runFor(30_000)
    await settle(page)
    expect(sent).toHaveLength(1)
    expect(await readsOf(request, article)).toBe(1)

    // A new tab is a new session: one more.
    const tab = await context.newPage()
    const sentByTab = beaconsOf(tab)
    await openWithClock(tab, article)
    await tab.clock.runFor(15_000)
    await expect.poll(() => sentByTab).toEqual([article.path])
    await expect.poll(() => readsOf(request, article)).toBe(2)
  })

  test('is counted when the reader scrolls past the middle, before 15 s', async ({
    page,
    request,
  }) => {
    const article = articleOf(1)
    const sent = beaconsOf(page)
    await openWithClock(page, article)
    await page.locator('article[data-read]').evaluate((element) => {
      const box = element.getBoundingClientRect()
      window.scrollTo(0, box.top + window.scrollY + box.height / 2)
    })
    await expect.poll(() => sent).toEqual([article.path])
    await expect.poll(() => readsOf(request, article)).toBe(1)
  })

  test("is not counted for a bot's user agent", async ({ browser, request }) => {
    const article = articleOf(2)
    const context = await browser.newContext({ userAgent: GOOGLEBOT })
    const page = await context.newPage()
    const sent = beaconsOf(page)
    await openWithClock(page, article)
    await page.clock.runFor(15_000)
    // The page sends its beacon (it cannot tell); the server does not count it.
    await expect.poll(() => sent).toEqual([article.path])
    expect(await readsOf(request, article)).toBe(0)
    await context.close()
  })

  test('is not counted in an editor’s draft preview', async ({ browser, request }) => {
    // The bot's article: neither test may count it.
    const article = articleOf(2)
    const context = await browser.newContext()
    // The draft-mode cookie sends the article to its preview twin (proxy.ts), which is not
    // marked for the beacon; a beacon with the cookie would not be counted either.
    await context.addCookies([
      { name: '__prerender_bypass', value: 'editor', url: test.info().project.use.baseURL! },
    ])
    const page = await context.newPage()
    const sent = beaconsOf(page)
    await openWithClock(page, article)
    await page.clock.runFor(30_000)
    await page.mouse.wheel(0, 20_000)
    await settle(page)
    expect(sent).toEqual([])
    const withCookie = await request.post('/api/read', {
      data: article.path,
      headers: { 'content-type': 'text/plain;charset=UTF-8', cookie: '__prerender_bypass=editor' },
    })
    expect(withCookie.status()).toBe(204)
    expect(await readsOf(request, article)).toBe(0)
    await context.close()
  })

  test('made offline is counted when the browser is back online', async ({
    page,
    context,
    request,
  }) => {
    const article = articleOf(3)
    const sent = beaconsOf(page)
    await openWithClock(page, article)
    await context.setOffline(true)
    await page.clock.runFor(15_000)
    await settle(page)
    expect(sent).toEqual([])
    expect(await readsOf(request, article)).toBe(0)
    await context.setOffline(false)
    await expect.poll(() => sent).toEqual([article.path])
    await expect.poll(() => readsOf(request, article)).toBe(1)
  })
})

test.describe('the beacon endpoint', () => {
  test('answers 204 or a 4xx to anything, never a 5xx, and counts only real articles', async ({
    baseURL,
    request,
  }) => {
    const article = articleOf(4)
    const bodies = [
      '',
      '/',
      '/about',
      '/2026/02/14/no-such-article',
      `${article.path}/../../etc/passwd`,
      `${article.path}?x=1`,
      JSON.stringify({ path: article.path }),
      `${article.path}\u0000`,
      '\u{1F600}'.repeat(70),
      `/2026/02/14/${'a'.repeat(250)}`,
    ]
    for (const body of bodies) {
      const answer = await request.post('/api/read', {
        data: body,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      })
      expect([204, 413], JSON.stringify(body)).toContain(answer.status())
    }
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await request.fetch('/api/read', { method, data: article.path })
      expect(answer.status(), method).toBe(405)
    }
    const huge = await sendBody(baseURL!, {
      method: 'POST',
      path: '/api/read',
      body: `${article.path}${' '.repeat(1024 * 1024)}`,
      headers: { 'content-type': 'text/plain' },
    })
    expect('status' in huge && huge.status).toBe(413)
    expect(await readsOf(request, article)).toBe(0)
    const mostRead = await request.get('/api/read-stats?most-read=30')
    const slugs = ((await mostRead.json()) as { posts: { slug: string }[] }).posts.map(
      (p) => p.slug,
    )
    expect(slugs).not.toContain('no-such-article')

    // And the real one counts.
    const real = await request.post('/api/read', {
      data: article.path,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    })
    expect(real.status()).toBe(204)
    expect(await readsOf(request, article)).toBe(1)
  })
})

test('the home page shows the week’s most read once it is rendered again', async ({
  page,
  request,
}) => {
  // Three articles read 5, 4 and 3 times (as readers' tabs would send): more than any other
  // test's article (2 at most), so they lead the list in this order.
  const [first, second, third] = [articleOf(5), articleOf(6), articleOf(7)]
  for (const [article, times] of [
    [first!, 5],
    [second!, 4],
    [third!, 3],
  ] as const) {
    for (let i = 0; i < times; i += 1) {
      await request.post('/api/read', {
        data: article.path,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      })
    }
  }
  // A publish renders the home page again (ISR), as it does every 5 minutes anyway.
  const body = JSON.stringify({ _type: 'siteSettings' })
  const revalidated = await request.post('/api/revalidate', {
    data: body,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), READS_WEBHOOK_SECRET),
    },
  })
  expect(revalidated.status()).toBe(200)

  await page.goto('/')
  const section = page.getByRole('region', { name: 'Most read this week' })
  await expect(section).toBeVisible()
  const links = section.getByRole('listitem').getByRole('link')
  const titles = await links.allTextContents()
  expect(titles.slice(0, 3)).toEqual([first!.title, second!.title, third!.title])
  expect(titles.length).toBeLessThanOrEqual(5)
  await expect(links.first()).toHaveAttribute('href', first!.path)
  await expectNoAxeViolations(page)
})
