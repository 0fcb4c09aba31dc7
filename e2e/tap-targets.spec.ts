import { expect, type Page, test } from '@playwright/test'
import { readerPages } from '../tests/harness/reader-pages.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

// WCAG 2.2 SC 2.5.8 Target Size (Minimum): every interactive target is at least 24×24 CSS px,
// checked on a 360 px phone screen. A link inside running text is exempt, by the SC's own
// "inline" exception (its size is set by the line-height of the sentence around it).

const ARTICLE = SEED_ARTICLE.path

const PAGES = readerPages([
  'home',
  'article',
  'support',
  'category',
  'author',
  'search_results',
  'search',
  'not_found',
])

const MIN = 24

type Target = { what: string; width: number; height: number; inline: boolean }

/** Every visible interactive element, its box, and whether it sits inside running text. */
async function targets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',')
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      const label = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? ''
      return `<${el.tagName.toLowerCase()}> ${label || text}`
    }
    /** The nearest ancestor that is not laid out inline: the block the text flows in. */
    const flowBlock = (el: Element): Element | null => {
      let node = el.parentElement
      while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement
      return node
    }
    return [...document.querySelectorAll(selector)].flatMap((el) => {
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      // Not rendered, or visually hidden until focused (the skip link is checked focused).
      if (style.visibility === 'hidden' || style.display === 'none') return []
      if (box.width <= 1 || box.height <= 1) return []
      if (el.closest('[aria-hidden="true"], [inert]')) return []
      const block = flowBlock(el)
      const ownText = (el.textContent ?? '').trim()
      const blockText = (block?.textContent ?? '').trim()
      const inline =
        style.display === 'inline' &&
        el.tagName === 'A' &&
        blockText.length > ownText.length &&
        blockText.replace(ownText, '').trim().length > 0
      return [{ what: describe(el), width: box.width, height: box.height, inline }]
    })
  })
}

test.describe('tap targets are at least 24×24 CSS px at 360 px wide (WCAG 2.2 SC 2.5.8)', () => {
  test.use({ viewport: { width: 360, height: 800 } })

  for (const { label, path } of PAGES) {
    test(`${label} (${path})`, async ({ page }) => {
      await page.goto(path)
      // The theme toggle and copy buttons render after hydration.
      await page.waitForLoadState('networkidle')
      const all = await targets(page)
      expect(all.length).toBeGreaterThan(3)
      const small = all
        .filter((target) => !target.inline)
        .filter((target) => target.width < MIN || target.height < MIN)
        .map((t) => `${t.what} (${t.width.toFixed(1)}×${t.height.toFixed(1)})`)
      expect(small).toEqual([])
    })
  }

  test('the skip link, once focused', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    const box = await skip.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(MIN)
    expect(box?.height).toBeGreaterThanOrEqual(MIN)
  })

  test('the exemption is only for links inside sentences', async ({ page }) => {
    await page.goto(ARTICLE)
    const all = await targets(page)
    // Header, share and card links are targets of their own, never "inline" ones.
    const share = all.find((target) => /WhatsApp/i.test(target.what))
    expect(share?.inline).toBe(false)
    const exempt = all.filter((target) => target.inline)
    for (const target of exempt) expect(target.what).toMatch(/^<a>/)
  })
})
