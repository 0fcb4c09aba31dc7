import { expect, test } from '@playwright/test'
import { redirectOf } from '../helpers/redirects.ts'

// The site built on what `npm run import:wordpress` made of e2e/fixtures/wordpress/
// nabado-export.xml (see the `wordpress` project in playwright.config.ts): every article is
// at the address WordPress gave it, with its body intact, and old WordPress links redirect.

/** Where the fixture's posts lived on WordPress (their <link>s), less the trailing slash. */
const ARTICLES = {
  classic: '/2024/03/06/habari-za-mapenzi',
  block: '/2024/04/10/m-pesa-marriage',
  nested: '/2023/12/31/first-dates-in-mombasa',
}

test.describe('imported articles at their WordPress permalinks', () => {
  test('a classic-editor post keeps its paragraphs, heading, list, link, quote and image', async ({
    page,
  }) => {
    const response = await page.goto(ARTICLES.classic)
    expect(response?.status()).toBe(200)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'Habari za Mapenzi: Love & Money in Nairobi 💸',
    )
    await expect(main.getByText('Habari za asubuhi! Karibu sana to Nabado 😊.')).toBeVisible()
    await expect(main.getByRole('heading', { level: 2, name: 'Why money matters' })).toBeVisible()
    const list = main.getByRole('list').filter({ hasText: 'Rent in Nairobi' })
    await expect(list.getByRole('listitem')).toHaveText([
      'Rent in Nairobi',
      'School fees & uniforms',
    ])
    await expect(main.getByRole('link', { name: 'a link about mapenzi' })).toHaveAttribute(
      'href',
      'https://example.com/mapenzi?a=1&b=2',
    )
    await expect(main.locator('strong', { hasText: 'classic editor' })).toBeVisible()
    await expect(main.locator('em', { hasText: 'italic words' })).toBeVisible()
    await expect(main.locator('blockquote')).toHaveText('Pesa si kila kitu, lakini inasaidia.')
    // Shortcodes are gone; an enclosing one's text and a bracketed word that is not one stay.
    await expect(main).not.toContainText('[gallery')
    await expect(main.getByText('Talk about money early.')).toBeVisible()
    await expect(main.getByText('Editors sometimes write [sic] in brackets')).toBeVisible()
    await expect(main.getByText('Money & Love', { exact: true }).first()).toBeVisible()
    // The image waits for `sanity dataset import` to upload it: until then it is left out,
    // never a broken picture (lib/images/resolve.ts), and the page still renders.
    await expect(main.locator('img[src*="image@"]')).toHaveCount(0)
  })

  test('a block-editor post keeps its numbered list, subheading, quote and links', async ({
    page,
  }) => {
    const response = await page.goto(ARTICLES.block)
    expect(response?.status()).toBe(200)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      'When M-Pesa Meets Marriage: "Our Money" & "My Money"',
    )
    await expect(
      main.getByRole('heading', { level: 2, name: 'Three habits of couples who agree' }),
    ).toBeVisible()
    await expect(
      main.getByRole('heading', { level: 3, name: 'A detail worth a subheading' }),
    ).toBeVisible()
    const list = main.locator('ol').filter({ hasText: 'shared budget' })
    await expect(list.getByRole('listitem')).toHaveText([
      'They keep a shared budget',
      'They talk about black tax openly',
      'They save for the same goal',
    ])
    await expect(main.locator('blockquote')).toContainText(
      'Money talks; couples should talk first.',
    )
    // The YouTube embed block is a card linking to the video (e2e/wordpress/rich-content.spec.ts).
    await expect(main.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=abc123',
    )
    await expect(main.getByRole('link', { name: 'love & money', exact: true })).toHaveAttribute(
      'href',
      `https://nabado.co.ke${ARTICLES.classic}/`,
    )
    await expect(main).not.toContainText('contact-form-7')
  })

  test('a post just before midnight keeps its WordPress date, and its categories work', async ({
    page,
  }) => {
    expect((await page.goto(ARTICLES.nested))?.status()).toBe(200)
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
      'First Dates in Mombasa',
    )
    await expect(page.getByRole('main').getByText('31 December 2023').first()).toBeVisible()
    expect((await page.goto('/category/dating'))?.status()).toBe(200)
    await expect(page.getByRole('link', { name: 'First Dates in Mombasa' })).toBeVisible()
  })

  test('WordPress permalinks with their trailing slash reach the article', async ({ request }) => {
    expect(await redirectOf(request, `${ARTICLES.classic}/`)).toEqual({
      status: 308,
      location: ARTICLES.classic,
    })
  })

  test('drafts and private posts are not published', async ({ request }) => {
    expect((await request.get('/2024/02/01/private-notes')).status()).toBe(404)
    expect((await request.get('/a-draft-about-dowry')).status()).toBe(404)
  })
})

test.describe('old WordPress links', () => {
  test('/?p=<id> redirects permanently to the article', async ({ request }) => {
    for (const [id, path] of [
      ['101', ARTICLES.classic],
      ['102', ARTICLES.block],
      ['103', ARTICLES.nested],
    ]) {
      expect(await redirectOf(request, `/?p=${id}`)).toEqual({ status: 308, location: path })
    }
    const followed = await request.get('/?p=102')
    expect(followed.status()).toBe(200)
    expect(followed.url()).toMatch(new RegExp(`${ARTICLES.block}$`))
  })

  test('an id the import did not bring is a 404 page, not the home page', async ({ page }) => {
    // 110 is a draft page (pages: e2e/wordpress/rich-content.spec.ts).
    for (const path of ['/?p=999', '/?p=104', '/?p=abc', '/?page_id=110']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('categories, authors, tags and the feed', async ({ request }) => {
    expect(await redirectOf(request, '/?cat=4')).toEqual({
      status: 308,
      location: '/category/money-love',
    })
    expect(await redirectOf(request, '/?author=2')).toEqual({
      status: 308,
      location: '/author/otieno-okoth',
    })
    expect(await redirectOf(request, '/category/money-love/')).toEqual({
      status: 308,
      location: '/category/money-love',
    })
    // A child category lived under its parent on WordPress; a non-Latin slug was renamed.
    expect(await redirectOf(request, '/category/relationships/dating')).toEqual({
      status: 308,
      location: '/category/dating',
    })
    expect(await redirectOf(request, '/category/%c3%a9lan-vital')).toEqual({
      status: 308,
      location: '/category/elan-vital',
    })
    expect(await redirectOf(request, '/tag/nairobi')).toEqual({
      status: 308,
      location: '/search?q=Nairobi',
    })
    expect(await redirectOf(request, '/feed/')).toEqual({ status: 308, location: '/feed' })
    expect(await redirectOf(request, '/?feed=rss2')).toEqual({ status: 308, location: '/feed' })
    expect(await redirectOf(request, '/?s=mapenzi')).toEqual({
      status: 308,
      location: '/search?q=mapenzi',
    })
    for (const path of [
      '/category/money-love',
      '/category/dating',
      '/category/elan-vital',
      '/author/otieno-okoth',
      '/author/wanjiku',
      '/tag/nairobi/',
      '/feed/',
    ]) {
      expect((await request.get(path)).status(), path).toBe(200)
    }
    // The search for the tag's name lists the posts that mention it.
    const search = await request.get('/tag/nairobi/')
    expect(await search.text()).toContain('Habari za Mapenzi: Love &amp; Money in Nairobi')
  })
})
