import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'
import { expectNoSidewaysScrolling } from './helpers/layout.ts'

const ARTICLE = SEED_ARTICLE.path
const ARTICLE_TITLE = 'The Hidden Male Fear That Makes Him Pull Away From You'
const SEED_SUGGESTED_READS = [
  'When Money Changes Love: The Hidden Ways Wealth Affects Relationships',
  'Why Loneliness Is Rising Despite Social Media',
  'The Real Reason Relationships Are Failing in Kenya Today',
  'Why Many Kenyan Relationships Collapse Under Cultural Pressure',
  'The Hidden Forces Making Trust Harder in Today’s Relationships',
  'The Emotional Cost of Being Strong in Kenyan Society — And Why Many Are Tired of Pretending',
  'Love, Money, and Expectations: The Hidden Reasons Modern Couples Are Struggling More Than Ever',
]

test.describe('home page', () => {
  test('lists every post, newest first, each with its date and category', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('banner')).toContainText('Nabado')
    await expect(page.getByRole('banner')).toContainText('simply amazing, always for you.')

    const titles = page.getByRole('main').getByRole('heading', { level: 3 })
    await expect(titles).toHaveCount(8)
    await expect(titles.first()).toHaveText(ARTICLE_TITLE)
    await expect(titles.nth(1)).toHaveText(SEED_SUGGESTED_READS[0]!)
    await expect(titles.last()).toHaveText(SEED_SUGGESTED_READS[6]!)
    await expect(page.getByRole('main').getByText('28 February 2026')).toBeVisible()

    await page.getByRole('link', { name: ARTICLE_TITLE }).click()
    await expect(page).toHaveURL(ARTICLE)
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/')
    await expectNoAxeViolations(page)
  })
})

test.describe('article page', () => {
  test('shows the title, date, author, the 18 headings in order, suggested reads and the call-out', async ({
    page,
  }) => {
    const response = await page.goto(ARTICLE)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE)
    await expect(page.getByRole('article').getByText('28 February 2026').first()).toBeVisible()
    await expect(page.getByText(/By Nabado Editors/)).toBeVisible()

    const sections = page.locator('.article-body').getByRole('heading', { level: 2 })
    await expect(sections).toHaveCount(18)
    const headings = await sections.allTextContents()
    expect(headings[0]).toBe('1. The Intimacy-Fear Paradox')
    expect(headings[17]).toBe('18. The Bigger Picture')
    headings.forEach((heading, index) => expect(heading.startsWith(`${index + 1}. `)).toBe(true))
    await expect(page.getByText('Emotional closeness increases vulnerability.')).toBeVisible()

    const reads = page.getByRole('region', { name: 'Suggested reads' }).getByRole('link')
    // The seed page's seven, the editor's picks, in its order.
    await expect(reads).toHaveText(SEED_SUGGESTED_READS)

    const callout = page.getByRole('complementary', { name: /Support Nabado/ })
    await expect(callout).toBeVisible()
    await callout.getByRole('link', { name: 'Ways to support us' }).click()
    await expect(page).toHaveURL('/support')
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto(ARTICLE)
    await expectNoAxeViolations(page)
  })

  test('is readable on a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(ARTICLE)
    await expectNoSidewaysScrolling(page)
  })
})

test.describe('permalinks', () => {
  const SLUG = SEED_ARTICLE.slug

  for (const [variant, path] of [
    ['a trailing slash', `${ARTICLE}/`],
    ['the slug alone', `/${SLUG}`],
  ] as const) {
    test(`redirects ${variant} permanently to the permalink`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      expect([301, 308]).toContain(response.status())
      // Exactly one Location header, pointing at the permalink.
      const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
      expect(locations.map((h) => new URL(h.value, 'http://x').pathname)).toEqual([ARTICLE])
    })
  }

  test('follows /slug/ all the way to the article', async ({ page }) => {
    await page.goto(`/${SLUG}/`)
    await expect(page).toHaveURL(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE)
  })
})

test.describe('not found', () => {
  for (const path of [
    '/2026/02/28/no-such-article',
    '/no-such-article',
    '/2026/13/45/impossible-date',
    // The right slug under the wrong date: see the article page for why this is not a redirect.
    `/2026/02/27/${SEED_ARTICLE.slug}`,
    '/a/b/c/d/e',
  ]) {
    test(`${path} answers 404 with the site's not-found page`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
      await expect(page.getByRole('banner')).toContainText('Nabado')
    })
  }
})

test.describe('support page', () => {
  test('shows the till number, phone number and recipient name from the settings', async ({
    page,
  }) => {
    const response = await page.goto('/support')
    expect(response?.status()).toBe(200)
    await expect(page.getByText('9549825', { exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: '+254 701 838 999' })).toHaveAttribute(
      'href',
      'tel:+254701838999',
    )
    await expect(page.getByText('Peterson Getuma Okemwa', { exact: true })).toBeVisible()
    for (const service of ['Remitly', 'Western Union', 'SendWave', 'WorldRemit']) {
      await expect(page.getByRole('link', { name: service })).toBeVisible()
    }
  })

  test('is linked from the header on every page', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('banner').getByRole('link', { name: 'Support us' }).click()
    await expect(page).toHaveURL('/support')
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/support')
    await expectNoAxeViolations(page)
  })
})
