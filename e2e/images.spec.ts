import { expect, type Locator, type Page, type Response, test } from '@playwright/test'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

// Cover and inline images in bundled mode: local files through Next.js's optimiser
// (/_next/image), with size, alt and a srcset; the article's cover fetched first, every
// other image lazily; space reserved before the files arrive.

const ARTICLE = SEED_ARTICLE.path
const COVER_ALT = /^Two people standing a few steps apart/

/** Answers from the image optimiser, recorded from the first request of the page on. */
function recordImageResponses(page: Page): Response[] {
  const responses: Response[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/_next/image') responses.push(response)
  })
  return responses
}

async function expectLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  const current = await image.evaluate((img: HTMLImageElement) => img.currentSrc)
  expect(new URL(current).pathname).toBe('/_next/image')
  return current
}

async function expectResponsive(image: Locator) {
  expect(await image.getAttribute('alt')).toMatch(/\w{3}/)
  expect(Number(await image.getAttribute('width'))).toBeGreaterThan(0)
  expect(Number(await image.getAttribute('height'))).toBeGreaterThan(0)
  const srcset = (await image.getAttribute('srcset')) ?? ''
  expect(srcset.split(', ').length).toBeGreaterThanOrEqual(2)
  for (const entry of srcset.split(', ')) expect(entry).toMatch(/^\/_next\/image\?url=\S+ \d+[wx]$/)
}

test.describe('images in an article', () => {
  test.use({ viewport: { width: 360, height: 800 } })

  test('the cover loads first: eager, high priority, preloaded, from the optimiser', async ({
    page,
  }) => {
    const responses = recordImageResponses(page)
    await page.goto(ARTICLE)
    const cover = page.getByRole('img', { name: COVER_ALT })
    await expectResponsive(cover)
    // Only the cover is preloaded: the raw HTML, before any prefetch adds hints of other pages.
    const html = await (await page.request.get(ARTICLE)).text()
    expect(html.match(/<link rel="preload" as="image"/g)).toHaveLength(1)
    expect(await cover.getAttribute('loading')).not.toBe('lazy')
    expect(await cover.getAttribute('fetchpriority')).toBe('high')
    expect(await cover.getAttribute('sizes')).toContain('100vw')
    // A 3:2 box, reserved by width and height.
    const [width, height] = [
      Number(await cover.getAttribute('width')),
      Number(await cover.getAttribute('height')),
    ]
    expect(width / height).toBeCloseTo(1.5, 2)
    // React writes the hint where the Pages Router renders the page: first thing in <body>,
    // in the response's first bytes and ahead of the image in the document.
    const preload = page.locator('link[rel="preload"][as="image"][fetchpriority="high"]')
    expect(await preload.getAttribute('fetchpriority')).toBe('high')
    expect(html.indexOf('<link rel="preload" as="image"')).toBeLessThan(html.indexOf('<img'))
    expect(html.indexOf('<link rel="preload" as="image"')).toBeLessThan(
      4 * 1024 + html.indexOf('<body'),
    )
    expect(await preload.getAttribute('imagesrcset')).toBe(await cover.getAttribute('srcset'))

    const current = await expectLoaded(cover)
    const answer = responses.find((response) => response.url() === current)
    expect(answer?.status()).toBe(200)
    // A modern format for a browser that accepts one, and a file sized for the phone.
    expect(answer?.headers()['content-type']).toMatch(/^image\/(avif|webp)$/)
    expect(Number(new URL(current).searchParams.get('w'))).toBeLessThanOrEqual(828)
  })

  test('inline images load lazily, with alt, size, srcset and caption', async ({ page }) => {
    const responses = recordImageResponses(page)
    await page.goto(ARTICLE)
    const figures = page.locator('.article-body figure')
    await expect(figures).toHaveCount(2)
    for (const figure of await figures.all()) {
      const image = figure.getByRole('img')
      await expectResponsive(image)
      expect(await image.getAttribute('loading')).toBe('lazy')
      await expect(figure.locator('figcaption')).toHaveText(/\w+/)
      const current = await expectLoaded(image)
      await expect.poll(() => responses.find((r) => r.url() === current)?.status()).toBe(200)
    }
  })

  test('suggested reads show lazy square thumbnails of their covers', async ({ page }) => {
    await page.goto(ARTICLE)
    const reads = page.getByRole('region', { name: 'Suggested reads' })
    const thumbnails = reads.getByRole('img')
    expect(await thumbnails.count()).toBeGreaterThanOrEqual(1)
    for (const image of await thumbnails.all()) {
      await expectResponsive(image)
      expect(await image.getAttribute('loading')).toBe('lazy')
      expect(await image.getAttribute('width')).toBe(await image.getAttribute('height'))
      // A fixed width: a 1x and a 2x file, nothing larger.
      expect(await image.getAttribute('srcset')).toMatch(/ 1x, .* 2x$/)
      await expectLoaded(image)
      // Still square once the 3:2 file has arrived: cut to shape, not stretched or resized.
      const box = await image.boundingBox()
      expect(box?.width).toBeCloseTo(box?.height ?? 0, 0)
      expect(await image.evaluate((img) => getComputedStyle(img).objectFit)).toBe('cover')
    }
  })

  test('space is kept for images before their files arrive (no layout shift)', async ({ page }) => {
    // Hold every image back: the boxes must already have their final size.
    await page.route('**/_next/image**', () => undefined)
    await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' })
    const images = page.locator('article img')
    expect(await images.count()).toBeGreaterThanOrEqual(3)
    for (const image of await images.all()) {
      const box = await image.boundingBox()
      const ratio =
        Number(await image.getAttribute('width')) / Number(await image.getAttribute('height'))
      expect(box?.width).toBeGreaterThan(0)
      expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(ratio, 1)
    }
  })
})

test.describe('images on the home page', () => {
  test.use({ viewport: { width: 360, height: 800 } })

  test('the newest article’s cover and the list’s thumbnails load, with alt and size', async ({
    page,
  }) => {
    const responses = recordImageResponses(page)
    await page.goto('/')
    const images = page.getByRole('main').getByRole('img')
    expect(await images.count()).toBeGreaterThanOrEqual(3)
    // Lazy, the newest article's cover included: an eager image is preloaded from <head>
    // (React does so for every image that is not lazy), on this page and on any page that
    // prefetches this one. (Prefetched articles add their covers' hints once loaded.)
    const html = await (await page.request.get('/')).text()
    expect(html).not.toMatch(/<link rel="preload" as="image"/)
    for (const image of await images.all()) {
      await expectResponsive(image)
      const current = await expectLoaded(image)
      await expect.poll(() => responses.find((r) => r.url() === current)?.status()).toBe(200)
    }
    for (const image of await images.all()) expect(await image.getAttribute('loading')).toBe('lazy')
  })

  test('posts without a cover show no image and no empty box', async ({ page }) => {
    await page.goto('/')
    const cards = page.getByRole('main').getByRole('article')
    const withImage = await cards.filter({ has: page.getByRole('img') }).count()
    expect(withImage).toBeGreaterThan(0)
    expect(withImage).toBeLessThan(await cards.count())
    await expect(page.locator('main img:not([src])')).toHaveCount(0)
  })
})

test('the optimiser refuses files that are not the site’s images', async ({ request }) => {
  for (const url of [
    '/_next/image?url=%2Fdataset-images%2Fno-such-file.webp&w=640&q=60',
    '/_next/image?url=https%3A%2F%2Fevil.example%2Fa.png&w=640&q=60',
    '/_next/image?url=%2Fdataset-images%2Fx.webp&w=641&q=60',
  ]) {
    const response = await request.get(url, { failOnStatusCode: false })
    expect(response.status(), url).toBeGreaterThanOrEqual(400)
    expect(response.status(), url).toBeLessThan(500)
  }
})
