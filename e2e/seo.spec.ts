import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

// Search engines, share previews and feed readers, read the way they read them: the feed
// through a feed parser, the sitemap through an XML parser, the JSON-LD with JSON.parse, the
// share image's PNG header, the HTML in the feed by Chromium.

/** The site's public origin, as the build saw it (lib/env/public.ts). */
const SITE = (process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(/\/+$/, '')

const ARTICLE = SEED_ARTICLE.path
const ARTICLE_TITLE = 'The Hidden Male Fear That Makes Him Pull Away From You'

/** Every post in the bundled dataset, newest first. */
const POSTS = [
  ARTICLE,
  '/2026/02/24/when-money-changes-love-the-hidden-ways-wealth-affects-relationships',
  '/2026/02/20/why-loneliness-is-rising-despite-social-media',
  '/2026/02/15/the-real-reason-relationships-are-failing-in-kenya-today',
  '/2026/02/10/why-many-kenyan-relationships-collapse-under-cultural-pressure',
  '/2026/02/05/the-hidden-forces-making-trust-harder-in-todays-relationships',
  '/2026/01/29/the-emotional-cost-of-being-strong-in-kenyan-society-and-why-many-are-tired-of-pretending',
  '/2026/01/22/love-money-and-expectations-the-hidden-reasons-modern-couples-are-struggling-more-than-ever',
]

/** ISO 8601 with a time zone: Z or an offset such as +03:00. */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** The path of an absolute address on the site, to fetch it from the server under test. */
function sitePath(url: string): string {
  const parsed = new URL(url)
  expect(parsed.origin).toBe(new URL(SITE).origin)
  return parsed.pathname + parsed.search
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(0, 8).equals(signature)).toBe(true)
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

async function headMeta(page: Page, attribute: 'property' | 'name', key: string) {
  return page.locator(`head meta[${attribute}="${key}"]`).getAttribute('content')
}

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>)
}

test.describe('metadata', () => {
  test('an article has an absolute canonical, Open Graph article tags and an X card', async ({
    page,
  }) => {
    await page.goto(ARTICLE)
    await expect(page).toHaveTitle(`${ARTICLE_TITLE} · Nabado`)
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
    expect(canonical).toBe(`${SITE}${ARTICLE}`)
    expect(await headMeta(page, 'property', 'og:url')).toBe(`${SITE}${ARTICLE}`)
    expect(await headMeta(page, 'name', 'description')).toMatch(/^He was close, then suddenly/)
    expect(await headMeta(page, 'property', 'og:type')).toBe('article')
    expect(await headMeta(page, 'property', 'og:site_name')).toBe('Nabado')
    expect(await headMeta(page, 'property', 'og:locale')).toBe('en_KE')
    expect(await headMeta(page, 'property', 'article:published_time')).toMatch(ISO_WITH_ZONE)
    expect(await headMeta(page, 'property', 'article:modified_time')).toMatch(ISO_WITH_ZONE)
    expect(await headMeta(page, 'property', 'article:author')).toBe(`${SITE}/author/nabado-editors`)
    expect(await headMeta(page, 'property', 'og:image:width')).toBe('1200')
    expect(await headMeta(page, 'property', 'og:image:height')).toBe('630')
    expect(await headMeta(page, 'name', 'twitter:card')).toBe('summary_large_image')
    expect(await headMeta(page, 'name', 'twitter:image:width')).toBe('1200')
    expect(await headMeta(page, 'name', 'twitter:image:height')).toBe('630')
    // Published articles are indexable (drafts in preview get noindex from the layout).
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0)
  })

  for (const path of ['/', '/support', ARTICLE]) {
    test(`${path} announces the RSS feed and has a canonical address`, async ({ page }) => {
      await page.goto(path)
      const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]')
      await expect(feed).toHaveCount(1)
      expect(await feed.getAttribute('href')).toBe(`${SITE}/feed.xml`)
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href')
      expect(new URL(canonical ?? '').href).toBe(new URL(path, `${SITE}/`).href)
      const ogUrl = await headMeta(page, 'property', 'og:url')
      expect(new URL(ogUrl ?? '').href).toBe(new URL(path, `${SITE}/`).href)
      expect(await headMeta(page, 'property', 'og:image')).toMatch(/^https?:\/\//)
    })
  }

  test('search results stay out of indexes; the search page itself may be indexed', async ({
    page,
  }) => {
    await page.goto('/search?q=love')
    expect(await headMeta(page, 'name', 'robots')).toBe('noindex, follow')
    await page.goto('/search')
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0)
    expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toBe(
      `${SITE}/search`,
    )
  })

  test('the Studio is never indexed', async ({ page }) => {
    await page.goto('/studio')
    expect(await headMeta(page, 'name', 'robots')).toMatch(/noindex/)
  })
})

test.describe('share images', () => {
  async function expectSharePng(request: APIRequestContext, url: string | null) {
    expect(url).toMatch(/^https?:\/\//)
    const response = await request.get(sitePath(url ?? ''))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 })
  }

  test('an article without a cover shares a generated 1200×630 PNG', async ({ page, request }) => {
    await page.goto(ARTICLE)
    const image = await headMeta(page, 'property', 'og:image')
    expect(image).toContain(ARTICLE)
    await expectSharePng(request, image)
    expect(await headMeta(page, 'name', 'twitter:image')).toBe(image)
  })

  test('the site has a default 1200×630 share image', async ({ page, request }) => {
    await page.goto('/support')
    await expectSharePng(request, await headMeta(page, 'property', 'og:image'))
  })

  test('there is no share image for an article that does not exist', async ({ page, request }) => {
    await page.goto(ARTICLE)
    const image = sitePath((await headMeta(page, 'property', 'og:image')) ?? '')
    const wrongDate = image.replace('/2026/02/28/', '/2026/02/27/')
    expect(wrongDate).not.toBe(image)
    expect((await request.get(wrongDate)).status()).toBe(404)
    expect(
      (await request.get(image.replace(/\/[^/]+\/opengraph/, '/no-such-post/opengraph'))).status(),
    ).toBe(404)
  })
})

test.describe('structured data', () => {
  test('an article has a BlogPosting and a Home › Category › Article breadcrumb', async ({
    page,
    request,
  }) => {
    await page.goto(ARTICLE)
    const data = await jsonLd(page)
    const article = data.find((item) => item['@type'] === 'BlogPosting')
    expect(article).toBeDefined()
    expect(article?.['@context']).toBe('https://schema.org')
    expect(article?.headline).toBe(ARTICLE_TITLE)
    expect(article?.datePublished).toMatch(ISO_WITH_ZONE)
    expect(article?.dateModified).toMatch(ISO_WITH_ZONE)
    expect(new Date(article?.datePublished as string).toISOString()).toBe(
      '2026-02-28T06:00:00.000Z',
    )
    expect(article?.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${SITE}${ARTICLE}` })
    expect(article?.author).toEqual([
      { '@type': 'Person', name: 'Nabado Editors', url: `${SITE}/author/nabado-editors` },
    ])
    const publisher = article?.publisher as { '@type': string; name: string; logo: { url: string } }
    expect(publisher['@type']).toBe('Organization')
    expect(publisher.name).toBe('Nabado')
    const logo = await request.get(sitePath(publisher.logo.url))
    expect(logo.status()).toBe(200)
    expect(logo.headers()['content-type']).toBe('image/png')

    const images = article?.image as string[]
    expect(Array.isArray(images) && images.length).toBeGreaterThan(0)
    const ogImage = await headMeta(page, 'property', 'og:image')
    expect(images).toContain(ogImage)

    const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList')
    expect(breadcrumb?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Relationships',
        item: `${SITE}/category/relationships`,
      },
      { '@type': 'ListItem', position: 3, name: ARTICLE_TITLE, item: `${SITE}${ARTICLE}` },
    ])
  })

  test('a category page has a Home › Category breadcrumb, a canonical and the feed link', async ({
    page,
  }) => {
    await page.goto('/category/relationships')
    const breadcrumb = (await jsonLd(page)).find((item) => item['@type'] === 'BreadcrumbList')
    const items = (breadcrumb?.itemListElement ?? []) as Array<{ name: string; item?: string }>
    expect(items.map((item) => item.name)).toEqual(['Home', 'Relationships'])
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /^https?:\/\/[^/]+\/category\/relationships$/,
    )
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1)
  })

  test('the home page has a WebSite with a site search', async ({ page }) => {
    await page.goto('/')
    const site = (await jsonLd(page)).find((item) => item['@type'] === 'WebSite')
    expect(site).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Nabado',
      url: `${SITE}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: `${SITE}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    })
  })
})

test.describe('RSS feed', () => {
  for (const path of ['/feed.xml', '/feed/']) {
    test(`${path} gives every post in full to a feed reader`, async ({ request, page }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
      const feed = parseFeed(await response.text())

      expect(feed.meta).toEqual({ type: 'rss', version: '2.0' })
      expect(feed.title).toBe('Nabado')
      expect(feed.self).toBe(`${SITE}/feed.xml`)
      expect(feed.url).toBe(`${SITE}/`)
      expect(feed.items.map((item) => item.url)).toEqual(POSTS.map((post) => `${SITE}${post}`))
      for (const item of feed.items) {
        expect(item.title).toBeTruthy()
        expect(item.published).toBeInstanceOf(Date)
        expect(item.authors.map((author) => author.name)).toEqual(['Nabado Editors'])
        expect(item.content?.length ?? 0).toBeGreaterThan(200)
      }

      // The seed article in full: its 18 section headings as <h2>, read by a real HTML parser.
      const seed = feed.items.find((item) => item.url === `${SITE}${ARTICLE}`)
      expect(seed?.title).toBe(ARTICLE_TITLE)
      expect(seed?.published?.toISOString()).toBe('2026-02-28T06:00:00.000Z')
      await page.setContent(`<!doctype html><body>${seed?.content ?? ''}</body>`)
      const headings = await page.locator('h2').allTextContents()
      expect(headings).toHaveLength(18)
      expect(headings[0]).toBe('1. The Intimacy-Fear Paradox')
      expect(headings[17]).toBe('18. The Bigger Picture')
      await expect(page.getByText('Emotional closeness increases vulnerability.')).toHaveCount(1)
      for (const href of await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        expect(href).toMatch(/^(https?:|mailto:|tel:)/)
      }
    })
  }

  test('/feed/ (the WordPress address) reaches the feed in one permanent redirect', async ({
    request,
  }) => {
    const hop = await request.get('/feed/', { maxRedirects: 0 })
    expect([301, 308]).toContain(hop.status())
    const location = hop.headers()['location'] ?? ''
    const target = await request.get(new URL(location, 'http://x').pathname, { maxRedirects: 0 })
    expect(target.status()).toBe(200)
    expect(target.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  })
})

test.describe('sitemap and robots.txt', () => {
  test('sitemap.xml lists home, every post, category and author with lastmod', async ({
    request,
  }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/xml/)
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(
      await response.text(),
    ) as { urlset?: { url: Array<{ loc: string; lastmod?: string }> } }
    const urls = parsed.urlset?.url ?? []
    const byLoc = new Map(urls.map((url) => [url.loc, url.lastmod]))
    expect(byLoc.size).toBe(urls.length)

    for (const path of ['/', ...POSTS, '/category/relationships', '/author/nabado-editors']) {
      const lastmod = byLoc.get(`${SITE}${path}`)
      expect(lastmod, path).toMatch(ISO_WITH_ZONE)
    }
    expect(new Date(byLoc.get(`${SITE}${ARTICLE}`)!).toISOString()).toBe('2026-02-28T06:00:00.000Z')
    expect(urls.filter((url) => url.loc.startsWith(`${SITE}/category/`))).toHaveLength(5)
    for (const url of urls) expect(url.lastmod, url.loc).toMatch(ISO_WITH_ZONE)
  })

  test('robots.txt keeps crawlers out of the Studio, the API and previews and names the sitemap', async ({
    request,
  }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    const lines = (await response.text())
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean)
      .map((line) => {
        const colon = line.indexOf(':')
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const
      })
    const field = (name: string) => lines.filter(([key]) => key === name).map(([, value]) => value)
    expect(field('user-agent')).toEqual(['*'])
    expect(field('disallow')).toEqual(expect.arrayContaining(['/studio', '/api', '/preview']))
    expect(field('sitemap')).toEqual([`${SITE}/sitemap.xml`])
    expect((await request.get(sitePath(field('sitemap')[0]!))).status()).toBe(200)
  })
})
