import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'
import { redirectOf } from '../helpers/redirects.ts'
import { expectNoAxeViolations } from '../helpers/axe.ts'

// What the importer made of the fixture export's post "Money talk before the wedding" (every
// kind of markup a magazine writes) and of its WordPress pages, on the site built on that
// import (the `wordpress` project in playwright.config.ts).

const ARTICLE = '/2024/05/14/money-talk-before-the-wedding'
const TITLE = 'Money talk before the wedding: a couple’s budget, line by line'
const CAPTION = 'Amina and Brian’s monthly budget'
const CODE = [
  'def shares(total, incomes):',
  '    earned = sum(incomes.values())',
  '    return {name: round(total * pay / earned) for name, pay in incomes.items()}',
  '',
  'print(shares(68000, {"Amina": 90000, "Brian": 60000}))',
].join('\n')
const EMBEDS = [
  ['YouTube', 'Watch on YouTube', 'https://www.youtube.com/watch?v=kZ3wB7mTq1E'],
  ['X (Twitter)', 'View on X', 'https://x.com/nabadomag/status/1790412345678901234'],
  ['Spotify', 'Listen on Spotify', 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk'],
  ['Vimeo', 'Watch on Vimeo', 'https://vimeo.com/912345678'],
] as const

test.describe('an imported article with every block a magazine writes', () => {
  test('renders the table, code, divider, marks, lists, definitions and embeds', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin
    const elsewhere: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith('data:') && new URL(url).origin !== origin) elsewhere.push(url)
    })
    expect((await page.goto(ARTICLE))?.status()).toBe(200)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(TITLE)

    // The table: a focusable region named by its caption, with column headings.
    const region = main.getByRole('region', { name: CAPTION })
    await expect(region).toHaveAttribute('tabindex', '0')
    await region.focus()
    await expect(region).toBeFocused()
    const table = region.getByRole('table', { name: CAPTION })
    await expect(table.locator('caption')).toHaveText(CAPTION)
    await expect(table.getByRole('columnheader')).toHaveText(['Item', 'Amount (KSh)', 'Who pays'])
    await expect(table.locator('tbody tr')).toHaveCount(4)
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      'Rent, one bedroom in Kilimani',
      '35,000',
      'Shared',
    ])

    // The code block keeps its indentation and blank line, and names its language.
    const code = main.locator('pre > code.language-python')
    expect(await code.textContent()).toBe(CODE)
    await expect(main.getByRole('group', { name: /Code: Python/ })).toBeVisible()

    expect(await main.locator('hr').count()).toBeGreaterThanOrEqual(1)

    // Struck-through (del, s and strike alike), sub- and superscript, inline code, underline.
    await expect(main.locator('s')).toHaveText([
      'split everything 50/50',
      'whoever earns more pays',
      'we will sort it out later',
    ])
    await expect(main.locator('sup')).toHaveText(['st', 'th'])
    await expect(main.locator('sub')).toHaveText(['Brian', 'both'])
    await expect(main.locator('p code')).toHaveText('*334#')
    await expect(main.locator('u')).toHaveText('mini statement')

    // The list WordPress numbered from 8 still starts at 8.
    const list = main.locator('ol[start="8"]')
    await expect(list.getByRole('listitem')).toHaveText([
      'They look at the budget together every three months',
      'They each keep a small allowance, no questions asked',
      'They agree on an amount above which they ask first',
    ])

    // The definition list: each term in bold, then its description.
    for (const term of ['Ruracio', 'Chama', 'Black tax'])
      await expect(main.locator('p > strong', { hasText: term })).toBeVisible()
    await expect(
      main.getByText('The dowry negotiation between the two families, before the wedding.'),
    ).toBeVisible()

    // Embeds are cards linking to the post on its provider's site.
    for (const [provider, action, url] of EMBEDS) {
      const card = main.locator('figure', { hasText: provider })
      await expect(card.getByRole('link', { name: action })).toHaveAttribute('href', url)
    }
    await expect(main.locator('figure', { hasText: 'YouTube' }).locator('figcaption')).toHaveText(
      'Amina and Brian go through their first joint budget',
    )
    // The self-hosted video the site cannot play stays a link (and a warning in the summary).
    await expect(
      main.getByRole('link', {
        name: 'https://nabado.co.ke/wp-content/uploads/2024/05/budget-night.mp4',
      }),
    ).toBeVisible()

    // Nothing was asked of YouTube, X, Spotify or Vimeo.
    expect(elsewhere).toEqual([])
    expect(await main.locator('iframe').count()).toBe(0)
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto(ARTICLE)
    await expectNoAxeViolations(page)
  })

  test('the feed carries it as HTML: a table as a table, an embed as a link', async ({
    request,
    page,
  }) => {
    const response = await request.get('/feed.xml')
    expect(response.status()).toBe(200)
    const item = parseFeed(await response.text()).items.find((entry) => entry.title === TITLE)
    expect(item?.content).toBeTruthy()
    await page.setContent(`<!doctype html><body>${item?.content ?? ''}</body>`)

    const table = page.getByRole('table', { name: CAPTION })
    await expect(table.getByRole('columnheader')).toHaveText(['Item', 'Amount (KSh)', 'Who pays'])
    await expect(table.locator('tbody tr')).toHaveCount(4)
    expect(await page.locator('pre > code').textContent()).toBe(CODE)
    await expect(page.locator('hr')).toHaveCount(1)
    await expect(page.locator('s')).toHaveCount(3)
    await expect(page.locator('sub')).toHaveText(['Brian', 'both'])
    await expect(page.locator('sup')).toHaveText(['st', 'th'])
    await expect(page.locator('ol[start="8"] > li')).toHaveCount(3)
    await expect(page.locator('p > strong', { hasText: 'Ruracio' })).toHaveCount(1)
    for (const [, , url] of EMBEDS) await expect(page.locator(`a[href="${url}"]`)).toHaveCount(1)
    expect(await page.locator('iframe, script').count()).toBe(0)
  })
})

test.describe('imported WordPress pages', () => {
  const PAGES = [
    ['/about', 'About Nabado', 'We write about relationships and society'],
    ['/about/team', 'Team', 'Nabado is written and edited by a small team in Nairobi.'],
    ['/about/history', 'Our history', 'Nabado started in 2021 as a WhatsApp group'],
    ['/privacy', 'Privacy', 'Nabado does not track you.'],
    ['/support-page', 'Support Nabado', 'Nabado is free to read.'],
  ] as const

  for (const [path, title, text] of PAGES) {
    test(`${path} renders "${title}"`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200)
      const main = page.getByRole('main')
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(main.getByText(text)).toBeVisible()
    })
  }

  test('a child page keeps its headings and list, and passes axe', async ({ page }) => {
    await page.goto('/about/team')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 2, name: 'Editors' })).toBeVisible()
    await expect(main.getByRole('listitem')).toHaveText([
      'Wanjiku Kamau, editor',
      'Otieno Okoth, money and society',
    ])
    await expectNoAxeViolations(page)
  })

  test('the site’s own /support stays its own, not the WordPress page slugged "support"', async ({
    page,
  }) => {
    expect((await page.goto('/support'))?.status()).toBe(200)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(main).not.toContainText('every shilling goes to our writers')
    await page.goto('/support-page')
    await expect(page.getByRole('main')).toContainText('every shilling goes to our writers')
  })

  test('old page addresses answer with a 308 to the page', async ({ request }) => {
    expect(await redirectOf(request, '/about/')).toEqual({ status: 308, location: '/about' })
    expect(await redirectOf(request, '/about/team/')).toEqual({
      status: 308,
      location: '/about/team',
    })
    expect(await redirectOf(request, '/privacy/')).toEqual({ status: 308, location: '/privacy' })
    for (const [id, path] of [
      ['106', '/about'],
      ['108', '/about/team'],
      ['109', '/privacy'],
      ['112', '/support-page'],
      ['113', '/about/history'],
    ]) {
      expect(await redirectOf(request, `/?page_id=${id}`)).toEqual({ status: 308, location: path })
    }
    // Three levels on WordPress, two here: the old address leads to the new one.
    expect(await redirectOf(request, '/about/team/history')).toEqual({
      status: 308,
      location: '/about/history',
    })
    const followed = await request.get('/about/team/history/')
    expect(followed.status()).toBe(200)
    expect(new URL(followed.url()).pathname).toBe('/about/history')
  })

  test('draft and private pages are not published', async ({ request }) => {
    for (const path of ['/?page_id=110', '/?page_id=111', '/advertise-with-us', '/style-guide']) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })
})
