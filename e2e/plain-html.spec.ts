import { expect, test, type Request } from '@playwright/test'
import { bootScript } from '../lib/theme/boot-script.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

// Readers get plain HTML: no Next.js or React runtime, no RSC payload, no prefetching, on
// every page they open (docs/architecture.md, "Reader pages"). The Pages Router flag that
// does this (`unstable_runtimeJS: false`) is marked unstable; these tests fail the moment a
// framework script comes back, after an upgrade or a new page.

const ARTICLE = SEED_ARTICLE.path

const READER_PAGES: Array<{ name: string; path: string; status: number; jsonLd?: boolean }> = [
  { name: 'home', path: '/', status: 200, jsonLd: true },
  { name: 'article', path: ARTICLE, status: 200, jsonLd: true },
  { name: 'category', path: '/category/relationships', status: 200, jsonLd: true },
  { name: 'author', path: '/author/nabado-editors', status: 200 },
  { name: 'search with results', path: '/search?q=love', status: 200 },
  { name: 'search, empty', path: '/search', status: 200 },
  { name: 'search without results', path: '/search?q=zzqqxxvv', status: 200 },
  {
    name: 'search, odd query',
    path: '/search?q=%3Cscript%3E%22%27%F0%9F%98%80*%5B%5D',
    status: 200,
  },
  { name: 'support', path: '/support', status: 200 },
  { name: "an editor's page", path: '/about', status: 200 },
  { name: "another editor's page", path: '/privacy', status: 200 },
  { name: "unknown page under an editor's page", path: '/about/no-such-page', status: 404 },
  { name: 'not found', path: '/no-such-page', status: 404 },
  { name: 'not found under a real date', path: '/2026/02/28/no-such-article', status: 404 },
  { name: 'unknown category', path: '/category/no-such-category', status: 404 },
  { name: 'unknown author', path: '/author/no-such-author', status: 404 },
  { name: 'home page past the end', path: '/page/99', status: 404 },
  { name: 'category page past the end', path: '/category/relationships/page/9', status: 404 },
  { name: 'search page past the end', path: '/search?q=love&page=99', status: 404 },
  { name: 'nested unknown address', path: '/a/b/c/d/e', status: 404 },
]

/** Every <script> of a page: its src, or its type and text when inline. */
function scriptsOf(html: string) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(
    ([, attributes, text]) => ({
      src: /\bsrc="([^"]+)"/.exec(attributes!)?.[1] ?? null,
      type: /\btype="([^"]+)"/.exec(attributes!)?.[1] ?? null,
      text: text!,
    }),
  )
}

/** A request only a framework runtime makes: its chunks, RSC payloads, route prefetches. */
function isFrameworkRequest(request: Request): boolean {
  const url = new URL(request.url())
  const headers = request.headers()
  return (
    (url.pathname.startsWith('/_next/static/') && request.resourceType() === 'script') ||
    url.pathname.startsWith('/_next/data/') ||
    url.searchParams.has('_rsc') ||
    'rsc' in headers ||
    'next-router-prefetch' in headers ||
    headers['purpose'] === 'prefetch' ||
    headers['sec-purpose']?.includes('prefetch') === true
  )
}

for (const { name, path, status, jsonLd } of READER_PAGES) {
  test(`${name} (${path}) is plain HTML: no framework script, payload or prefetch`, async ({
    page,
    request,
  }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(status)
    const html = await response.text()
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(html).not.toContain('__NEXT_DATA__')
    expect(html).not.toContain('self.__next_f')
    expect(html).not.toMatch(/<link[^>]+rel="(?:modulepreload|prefetch)"/)
    expect(html).not.toMatch(/<link[^>]+as="script"/)

    // What scripts there are: the boot script, our enhancement script, structured data.
    const scripts = scriptsOf(html)
    const external = scripts.filter((script) => script.src !== null).map((script) => script.src)
    expect(external).toEqual([expect.stringMatching(/^\/enhance\/enhance\.[0-9a-f]{10}\.js$/)])
    const inline = scripts.filter((script) => script.src === null && script.type === null)
    expect(inline.map((script) => script.text)).toEqual([bootScript])
    const data = scripts.filter((script) => script.type === 'application/ld+json')
    if (jsonLd) expect(data.length).toBeGreaterThan(0)
    for (const script of data) expect(() => JSON.parse(script.text)).not.toThrow()
    expect(scripts.length).toBe(external.length + inline.length + data.length)

    // What a browser fetches reading it: scrolled to the end, every link hovered.
    const framework: string[] = []
    page.on('request', (sent) => {
      if (isFrameworkRequest(sent)) framework.push(sent.url())
    })
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '')
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    // (A framework's router prefetches links as they scroll into view or are hovered.)
    for (const link of (await page.getByRole('link').all()).slice(0, 30)) {
      const box = await link.boundingBox()
      if (box && box.width > 1 && box.height > 1) await link.hover({ timeout: 2_000 })
    }
    await page.waitForLoadState('networkidle')
    expect(framework).toEqual([])
  })
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  for (const path of ['/no-such-page', '/2026/02/28/no-such-article', '/category/no-such']) {
    test(`${path} is a complete 404 page from the server`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page).toHaveTitle('Page not found · Nabado')
      await expect(page.getByRole('banner').getByRole('link', { name: 'Nabado' })).toBeVisible()
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Read the latest articles' })).toBeVisible()
      await expect(page.getByRole('contentinfo')).toBeVisible()
      await expect(page.getByRole('searchbox').first()).toBeVisible()
    })
  }

  test('an article reads in full, with its header links, suggested reads and neighbours', async ({
    page,
  }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // The category above the title, and the author below it, lead to their archives.
    await page.getByRole('article').getByRole('link', { name: 'Relationships' }).first().click()
    await expect(page).toHaveURL('/category/relationships')
    await page.goBack()
    await page.getByRole('article').getByRole('link', { name: 'Nabado Editors' }).first().click()
    await expect(page).toHaveURL('/author/nabado-editors')
  })
})
