import { expect, test, type Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'
import { expectNoSidewaysScrolling } from './helpers/layout.ts'

// The editors' pages of the bundled dataset, About and Privacy (sanity/dataset/sources/
// pages.ts): rendered at /<slug>, linked from every page's footer in the settings' order,
// with their own metadata, in the sitemap, accessible, working without JavaScript; and the
// addresses no page may take answer 404 (docs/architecture.md, "Editors' pages").

const SITE = (process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** The footer's links: the site's own two, then the editors' from the settings, in order. */
const FOOTER_LINKS = [
  ['Latest articles', '/'],
  ['Support Nabado', '/support'],
  ['About', '/about'],
  ['Privacy', '/privacy'],
]

const PAGES = [
  {
    path: '/about',
    title: 'About Nabado',
    heading: 'What we write about',
    description: /^Nabado is a Kenyan online magazine about relationships and society/,
    updated: { shown: '20 November 2026', at: '2026-11-20T09:00:00.000Z' },
  },
  {
    path: '/privacy',
    title: 'Privacy',
    heading: 'What stays in your browser',
    description: /^Nabado does not track its readers/,
    // Changed when "Give with M-Pesa" (issue #24) added what it keeps, and when read counts
    // (issue #26) said what is counted.
    updated: { shown: '7 December 2026', at: '2026-12-07T12:00:00.000Z' },
  },
]

const headMeta = (page: Page, attribute: 'name' | 'property', key: string) =>
  page.locator(`head meta[${attribute}="${key}"]`).getAttribute('content')

async function footerLinks(page: Page) {
  const links = page.getByRole('contentinfo').getByRole('navigation', { name: 'Footer' })
  return links
    .getByRole('link')
    .evaluateAll((anchors) =>
      anchors.map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? '']),
    )
}

for (const { path, title, heading, description, updated } of PAGES) {
  test.describe(path, () => {
    test('renders its title, body and last update, with its own metadata', async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
      await expect(page.getByText(`Last updated ${updated.shown}.`, { exact: true })).toBeVisible()

      await expect(page).toHaveTitle(`${title} · Nabado`)
      expect(await headMeta(page, 'name', 'description')).toMatch(description)
      const canonical = page.locator('head link[rel="canonical"]')
      await expect(canonical).toHaveAttribute('href', `${SITE}${path}`)
      expect(await headMeta(page, 'property', 'og:url')).toBe(`${SITE}${path}`)
      expect(await headMeta(page, 'property', 'og:title')).toBe(title)
      expect(await headMeta(page, 'property', 'og:type')).toBe('website')
    })

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no accessibility violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme })
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await expectNoAxeViolations(page)
      })
    }

    test('reads on a 360 px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(path)
      await expectNoSidewaysScrolling(page)
    })
  })
}

test('every page’s footer links the editors’ pages, in the settings’ order', async ({ page }) => {
  for (const path of [
    '/',
    SEED_ARTICLE.path,
    '/support',
    '/category/relationships',
    '/search?q=love',
    '/about',
    '/privacy',
    '/no-such-page',
  ]) {
    await page.goto(path)
    expect(await footerLinks(page), path).toEqual(FOOTER_LINKS)
  }
})

test('works with JavaScript off: the footer leads from page to page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto('/')
    await page.getByRole('contentinfo').getByRole('link', { name: 'About' }).click()
    await expect(page).toHaveURL('/about')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Nabado')
    await page.getByRole('link', { name: 'Read what we keep, and what we do not' }).click()
    await expect(page).toHaveURL('/privacy')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy')
  } finally {
    await context.close()
  }
})

test('what the Privacy page says holds: no cookie, no other site asked, nothing stored', async ({
  page,
  context,
  request,
}) => {
  for (const path of ['/about', '/privacy', '/', SEED_ARTICLE.path]) {
    const response = await request.get(path)
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie')).toEqual([])
  }
  const origins = new Set<string>()
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.protocol !== 'data:') origins.add(url.origin)
  })
  for (const path of ['/privacy', '/about', SEED_ARTICLE.path]) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  // Only this site (the bundled images come through its own optimiser).
  expect([...origins]).toEqual([new URL(page.url()).origin])
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
  // The offline copies of opened articles (issue #17) are the site's own caches, nothing else.
  const cacheNames: string[] = await page.evaluate(async () =>
    'caches' in window ? await window.caches.keys() : [],
  )
  for (const name of cacheNames) expect(name).toMatch(/^nabado-/)
  // The theme button is the one thing that stores anything, under the name the page gives.
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Dark|Light) theme$/ })
    .click()
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['nabado-theme'])
  expect(await context.cookies()).toEqual([])
})

test('both pages are in the sitemap, with when they last changed', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const { urlset } = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
    urlset: { url: Array<{ loc: string; lastmod?: string }> }
  }
  const lastmod = new Map(urlset.url.map((url) => [url.loc, url.lastmod]))
  for (const { path, updated } of PAGES)
    expect(new Date(lastmod.get(`${SITE}${path}`) ?? '').toISOString(), path).toBe(updated.at)
})

test.describe('addresses no page may take', () => {
  for (const path of [
    // The site's own route names and numbers (lib/addresses/page-slugs.ts), which no page shadows.
    '/category',
    '/author',
    '/page',
    '/2026',
    '/2026/02',
    // Unknown pages, and made-up nested addresses (About has no page under it).
    '/no-such-page',
    '/about/no-such-page',
    '/about/privacy',
    '/privacy/about',
    '/no-such/page',
  ]) {
    test(`${path} answers 404 with the site's not-found page`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    })
  }

  test('an article’s slug alone still redirects once to the article', async ({ request }) => {
    const response = await request.get(`/${SEED_ARTICLE.slug}`, { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
    expect(locations.map((h) => h.value)).toEqual([SEED_ARTICLE.path])
  })
})
