import { expect, test } from '@playwright/test'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

const ARTICLE = SEED_ARTICLE.path
const ARTICLE_TITLE = 'The Hidden Male Fear That Makes Him Pull Away From You'
const OLDER_TITLE = 'When Money Changes Love: The Hidden Ways Wealth Affects Relationships'

test.describe('table of contents', () => {
  test('lists every section before the body and jumps to it', async ({ page }) => {
    await page.goto(ARTICLE)
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await expect(contents).toBeVisible()
    const links = contents.getByRole('link')
    // Folded on first sight; opened by its summary.
    await expect(links.first()).toBeHidden()
    await contents.getByText(/Contents.*18 sections/).click()
    await expect(links).toHaveCount(18)

    const headings = page.locator('.article-body').getByRole('heading', { level: 2 })
    const texts = await headings.allTextContents()
    await expect(links).toHaveText(texts)
    const ids = await headings.evaluateAll((els) => els.map((el) => el.id))
    expect(new Set(ids).size).toBe(ids.length)
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))
    expect(hrefs).toEqual(ids.map((id) => `#${id}`))
    expect(hrefs[0]).toBe('#1-the-intimacy-fear-paradox')

    // The table comes before the body.
    const before = await contents.evaluate(
      (nav) =>
        !!(
          nav.compareDocumentPosition(document.querySelector('.article-body')!) &
          Node.DOCUMENT_POSITION_FOLLOWING
        ),
    )
    expect(before).toBe(true)

    await links.nth(17).click()
    await expect(page).toHaveURL(`${ARTICLE}#${ids[17]}`)
    await expect(headings.nth(17)).toBeInViewport()
  })

  test('is left out of an article with fewer than three sections', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.getByRole('link', { name: OLDER_TITLE }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLDER_TITLE)
    // This sample post has two h2 sections.
    await expect(page.locator('.article-body').getByRole('heading', { level: 2 })).toHaveCount(2)
    await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0)
  })
})

test.describe('previous and next articles', () => {
  test('link the older and newer articles by date, with rel prev and next', async ({ page }) => {
    await page.goto(ARTICLE)
    const more = page.getByRole('navigation', { name: 'More articles' })
    // The newest article has an older one and no newer one.
    const previous = more.getByRole('link', { name: /Previous article/ })
    await expect(previous).toContainText(OLDER_TITLE)
    await expect(previous).toHaveAttribute('rel', 'prev')
    await expect(more.getByRole('link', { name: /Next article/ })).toHaveCount(0)

    await previous.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLDER_TITLE)
    const next = page.getByRole('navigation', { name: 'More articles' }).getByRole('link', {
      name: /Next article/,
    })
    await expect(next).toContainText(ARTICLE_TITLE)
    await expect(next).toHaveAttribute('rel', 'next')
    await expect(next).toHaveAttribute('href', ARTICLE)
  })
})

test.describe('sharing', () => {
  test('offers plain links, WhatsApp first, with the absolute article address', async ({
    page,
  }) => {
    await page.goto(ARTICLE)
    const share = page.getByRole('region', { name: 'Share this article' })
    const links = share.getByRole('link')
    await expect(links).toHaveText([/^WhatsApp/, /^Facebook/, /^X/, /^Telegram/])
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))
    const [whatsapp, facebook, x, telegram] = hrefs.map((href) => new URL(href))
    const url = new URL(facebook!.searchParams.get('u')!)
    expect(url.pathname).toBe(ARTICLE)
    expect(url.protocol).toMatch(/^https?:$/)
    expect(whatsapp!.host).toBe('wa.me')
    expect(whatsapp!.searchParams.get('text')).toBe(`${ARTICLE_TITLE} ${url.href}`)
    expect(facebook!.host).toBe('www.facebook.com')
    expect(x!.host).toBe('twitter.com')
    expect(x!.searchParams.get('url')).toBe(url.href)
    expect(telegram!.host).toBe('t.me')
    expect(telegram!.searchParams.get('url')).toBe(url.href)
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
    await expect(share.getByRole('button', { name: 'Copy link to this article' })).toBeVisible()
    // Desktop Chromium in tests has no share sheet: no dead button.
    const canShare = await page.evaluate(() => typeof navigator.share === 'function')
    await expect(share.getByRole('button', { name: /More ways to share/ })).toHaveCount(
      canShare ? 1 : 0,
    )
  })

  test('shows the share sheet button where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      ;(window as unknown as { shared: unknown }).shared = null
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          ;(window as unknown as { shared: unknown }).shared = data
          return Promise.resolve()
        },
      })
    })
    await page.goto(ARTICLE)
    await page.getByRole('button', { name: /More ways to share/ }).click()
    const shared = await page.evaluate(
      () => (window as unknown as { shared: { url: string; title: string } }).shared,
    )
    expect(new URL(shared.url).pathname).toBe(ARTICLE)
    expect(shared.title).toBe(ARTICLE_TITLE)
  })

  test('share links are there without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(new URL(ARTICLE, test.info().project.use.baseURL).href)
    await expect(
      page.getByRole('region', { name: 'Share this article' }).getByRole('link'),
    ).toHaveCount(4)
    await context.close()
  })
})
