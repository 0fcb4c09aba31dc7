import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { expectNoSidewaysScrolling } from './helpers/layout.ts'

const SEED_TITLE = 'The Hidden Male Fear That Makes Him Pull Away From You'

// The bundled dataset's "Relationships" posts, newest first.
const RELATIONSHIPS = [
  SEED_TITLE,
  'When Money Changes Love: The Hidden Ways Wealth Affects Relationships',
  'The Real Reason Relationships Are Failing in Kenya Today',
  'Why Many Kenyan Relationships Collapse Under Cultural Pressure',
  'The Hidden Forces Making Trust Harder in Today’s Relationships',
  'Love, Money, and Expectations: The Hidden Reasons Modern Couples Are Struggling More Than Ever',
]

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
}

/** The publish dates of the posts listed in the main landmark, in page order. */
async function listedDates(page: Page) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))
}

test.describe('category pages', () => {
  test('list the category’s posts, newest first', async ({ page }) => {
    const response = await page.goto('/category/relationships')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relationships')
    await expect(page).toHaveTitle(/Relationships/)
    await expect(page.getByRole('main').getByText('6 articles')).toBeVisible()

    const titles = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(titles).toHaveText(RELATIONSHIPS)
    const dates = await listedDates(page)
    expect(dates).toHaveLength(6)
    expect(dates).toEqual([...dates].sort().reverse())

    // One page only: no links to other pages.
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0)

    await titles.first().getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  })

  test('are linked from the footer', async ({ page }) => {
    await page.goto('/')
    const categories = page.getByRole('contentinfo').getByRole('navigation', { name: 'Categories' })
    await expect(categories.getByRole('link')).toHaveText([
      'Kenyan Society',
      'Money & Love',
      'Psychology',
      'Relationships',
      'Society',
    ])
    await categories.getByRole('link', { name: 'Psychology' }).click()
    await expect(page).toHaveURL('/category/psychology')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Psychology')
    // The support link stays in the footer and the header.
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: 'Support Nabado' }),
    ).toBeVisible()
    await expect(page.getByRole('banner').getByRole('link', { name: 'Support us' })).toBeVisible()
  })

  test('have no accessibility violations', async ({ page }) => {
    await page.goto('/category/relationships')
    await expectNoAxeViolations(page)
  })
})

test.describe('author pages', () => {
  test('list the author’s posts, newest first', async ({ page }) => {
    const response = await page.goto('/author/nabado-editors')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nabado Editors')
    await expect(page.getByRole('main').getByText('8 articles')).toBeVisible()
    const titles = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(titles).toHaveCount(8)
    await expect(titles.first()).toHaveText(SEED_TITLE)
    const dates = await listedDates(page)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  test('have no accessibility violations', async ({ page }) => {
    await page.goto('/author/nabado-editors')
    await expectNoAxeViolations(page)
  })
})

test.describe('pagination', () => {
  test('the home page has one page for 8 posts, so no page links', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(8)
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0)
  })

  for (const path of [
    // 8 posts at 10 a page: page 2 is past the end.
    '/page/2',
    '/page/0',
    '/page/-1',
    '/page/abc',
    '/page/1.5',
    '/page/01',
    '/page/99999999999999999999',
    '/category/relationships/page/2',
    '/category/relationships/page/0',
    '/category/relationships/page/abc',
    '/author/nabado-editors/page/2',
    '/author/nabado-editors/page/-3',
    '/category/no-such-category',
    '/category/no-such-category/page/2',
    '/category/Not_A_Slug',
    '/author/no-such-author',
    '/author/no-such-author/page/2',
  ]) {
    test(`${path} answers 404`, async ({ page }) => {
      await expectNotFound(page, path)
    })
  }

  for (const [path, target] of [
    ['/page/1', '/'],
    ['/category/relationships/page/1', '/category/relationships'],
    ['/author/nabado-editors/page/1', '/author/nabado-editors'],
  ] as const) {
    test(`${path} redirects permanently to ${target}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status()).toBe(308)
      const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location')
      expect(locations.map((h) => new URL(h.value, 'http://x').pathname)).toEqual([target])
    })
  }
})

test.describe('search', () => {
  test('finds the seed article for a word in its body, with the word marked', async ({ page }) => {
    const response = await page.goto('/search?q=intimacy')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await expect(page.getByRole('heading', { name: '1 result for “intimacy”' })).toBeVisible()

    const results = page.getByRole('main').getByRole('listitem')
    const first = results.first()
    await expect(first.getByRole('link')).toHaveText(SEED_TITLE)
    await expect(first.locator('mark').first()).toHaveText(/^intimacy$/i)

    await first.getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  })

  test('ranks a title match first and counts the results', async ({ page }) => {
    await page.goto('/search?q=fear')
    await expect(page.getByRole('heading', { name: /^\d+ results? for “fear”$/ })).toBeVisible()
    await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveText(
      SEED_TITLE,
    )
    await page.goto('/search?q=love')
    await expect(page.getByRole('heading', { name: '4 results for “love”' })).toBeVisible()
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/^lov/i)
    // The search box keeps the query.
    await expect(
      page.getByRole('main').getByRole('searchbox', { name: 'Search articles' }),
    ).toHaveValue('love')
  })

  // The three searches that found nothing before the site's own index (#25).
  for (const [query, title] of [
    ['lonely', 'Why Loneliness Is Rising Despite Social Media'],
    ['trust issues', 'The Hidden Forces Making Trust Harder in Today’s Relationships'],
  ] as const) {
    test(`“${query}” finds “${title}” among the first three`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`)
      const links = page
        .getByRole('main')
        .getByRole('listitem')
        .getByRole('heading')
        .getByRole('link')
      await expect(links.first()).toBeVisible()
      expect((await links.allTextContents()).slice(0, 3)).toContain(title)
    })
  }

  test('a typo is forgiven, and “Did you mean” links the corrected search', async ({ page }) => {
    await page.goto('/search?q=relatioships')
    const results = page.getByRole('main').getByRole('listitem')
    await expect(results.first()).toBeVisible()
    await expect(results.first().locator('mark').first()).toHaveText(/^relationship/i)
    const suggestion = page
      .getByRole('main')
      .getByRole('link', { name: 'relationships', exact: true })
    await expect(page.getByText('Did you mean relationships?')).toBeVisible()
    await expectNoAxeViolations(page)
    await suggestion.click()
    await expect(page).toHaveURL('/search?q=relationships')
    await expect(page.getByText(/Did you mean/)).toHaveCount(0)
    await expect(results.first()).toBeVisible()
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('the header’s search box works', async ({ page }) => {
      await page.goto('/support')
      const search = page.getByRole('banner').getByRole('search', { name: 'Search Nabado' })
      await search.getByRole('searchbox', { name: 'Search Nabado' }).fill('intimacy')
      await search.getByRole('button', { name: 'Search' }).click()
      await expect(page).toHaveURL('/search?q=intimacy')
      await expect(page.getByRole('heading', { name: '1 result for “intimacy”' })).toBeVisible()
      await expect(page.getByRole('main').getByRole('link', { name: SEED_TITLE })).toBeVisible()
    })
  })

  test('an empty or blank query asks for a word', async ({ page }) => {
    for (const path of ['/search', '/search?q=', '/search?q=%20%20%20']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(
        page.getByText('Type a word or two to search every Nabado article.'),
      ).toBeVisible()
      await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0)
    }
  })

  test('a very long query is cut to 100 characters', async ({ page }) => {
    const response = await page.goto(`/search?q=${'intimacy '.repeat(60)}`)
    expect(response?.status()).toBe(200)
    await expect(
      page.getByText('Long searches are cut to their first 100 characters.'),
    ).toBeVisible()
    const value = await page
      .getByRole('main')
      .getByRole('searchbox', { name: 'Search articles' })
      .inputValue()
    expect(value.length).toBeLessThanOrEqual(100)
    await expect(page.getByRole('main').getByRole('link', { name: SEED_TITLE })).toBeVisible()
  })

  for (const query of [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '*[_type == "post"]{...}',
    '*',
    '"',
    "' OR 1=1 --",
    '\\',
    '%',
    'love* || true',
    '愛 ❤️ ñandú',
    'a'.repeat(2000),
  ]) {
    test(`a strange query answers a normal page: ${query.slice(0, 30)}`, async ({ page }) => {
      page.on('dialog', () => {
        throw new Error('A dialog opened: the query ran as script')
      })
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
      await expect(page.getByRole('heading', { level: 2, name: /results? for “/ })).toBeVisible()
      expect(await page.locator('main script, main img').count()).toBe(0)
    })
  }

  test('reflects no markup from the query in the HTML', async ({ request }) => {
    const response = await request.get(
      `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    )
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  test('out-of-range or malformed result pages answer 404', async ({ page }) => {
    await expectNotFound(page, '/search?q=love&page=2')
    await expectNotFound(page, '/search?q=love&page=abc')
    await expectNotFound(page, '/search?q=love&page=0')
  })

  test('has no accessibility violations, with results and without', async ({ page }) => {
    await page.goto('/search?q=love')
    await expectNoAxeViolations(page)
    await page.goto('/search?q=giraffe')
    await expect(page.getByRole('heading', { name: '0 results for “giraffe”' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto('/search')
    await expectNoAxeViolations(page)
  })
})

test.describe('small screens', () => {
  for (const path of ['/', '/category/relationships', '/author/nabado-editors', '/search?q=love']) {
    test(`${path} needs no sideways scrolling at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(path)
      await expectNoSidewaysScrolling(page)
    })
  }
})
