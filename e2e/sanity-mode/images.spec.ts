import { expect, test } from '@playwright/test'
import { STAND_IN } from './setup.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// Images in Sanity mode: addresses on the image CDN (here SANITY_IMAGE_HOST, the stand-in,
// which serves the files offline), cut and resized by the CDN with the editor's crop and
// hotspot, never optimised a second time by Next.js; allowed by the page's CSP.

const ARTICLE = SEED_ARTICLE.path
const MONEY = '/2026/02/24/when-money-changes-love-the-hidden-ways-wealth-affects-relationships'
const CDN_FILE = new RegExp(
  `^http://127\\.0\\.0\\.1:\\d+/images/${STAND_IN.projectId}/${STAND_IN.dataset}/[0-9a-f]{40}-\\d+x\\d+\\.webp$`,
)

const srcsetEntries = (srcset: string | null) =>
  (srcset ?? '').split(', ').map((entry) => {
    const [url = '', descriptor = ''] = entry.split(' ')
    return { url: new URL(url), descriptor }
  })

test.use({ viewport: { width: 360, height: 800 } })

test('the cover comes from the image CDN, cut to 3:2 around the hotspot, and loads', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(ARTICLE)
  const cover = page.getByRole('img', { name: /^Two people standing/ })
  expect(await cover.getAttribute('loading')).not.toBe('lazy')
  expect(await cover.getAttribute('fetchpriority')).toBe('high')
  const entries = srcsetEntries(await cover.getAttribute('srcset'))
  expect(entries.length).toBeGreaterThan(3)
  for (const { url, descriptor } of entries) {
    expect(url.origin + url.pathname).toMatch(CDN_FILE)
    const width = Number(descriptor.replace('w', ''))
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      w: String(width),
      h: String(Math.round(width / 1.5)),
      fit: 'crop',
      crop: 'focalpoint',
      'fp-x': '0.49',
      'fp-y': '0.68',
      auto: 'format',
    })
  }
  await expect
    .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  expect(violations).toEqual([])
})

test('an editor’s crop reaches the CDN as rect, on the cover and the thumbnails', async ({
  page,
}) => {
  await page.goto(MONEY)
  const cover = page.getByRole('img', { name: /^A balance with a red heart/ })
  // The editor cut the bottom tenth: 1200×720 of the 1200×800 file.
  for (const { url } of srcsetEntries(await cover.getAttribute('srcset')))
    expect(url.searchParams.get('rect')).toBe('0,0,1200,720')
  expect(await cover.getAttribute('width')).toBe('1080')
  expect(await cover.getAttribute('height')).toBe('720')

  await page.goto(ARTICLE)
  const thumbnail = page
    .getByRole('region', { name: 'Suggested reads' })
    .getByRole('img', { name: /^A balance with a red heart/ })
  const [oneX, twoX] = srcsetEntries(await thumbnail.getAttribute('srcset'))
  expect([oneX?.descriptor, twoX?.descriptor]).toEqual(['1x', '2x'])
  expect(Object.fromEntries(oneX!.url.searchParams)).toMatchObject({
    rect: '0,0,1200,720',
    w: '96',
    h: '96',
  })
  expect(await thumbnail.getAttribute('loading')).toBe('lazy')
})

test('inline images come from the CDN at the body’s widths, and no image goes through /_next/image', async ({
  page,
}) => {
  const optimised: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/_next/image') optimised.push(request.url())
  })
  await page.goto(ARTICLE)
  const inline = page.locator('.article-body figure img')
  await expect(inline).toHaveCount(2)
  for (const image of await inline.all()) {
    expect(await image.getAttribute('loading')).toBe('lazy')
    for (const { url, descriptor } of srcsetEntries(await image.getAttribute('srcset'))) {
      expect(url.origin + url.pathname).toMatch(CDN_FILE)
      expect(url.searchParams.get('w')).toBe(descriptor.replace('w', ''))
    }
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0)
  }
  expect(optimised).toEqual([])
})
