import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'
import { expectNoSidewaysScrolling } from './helpers/layout.ts'

// Every page type, in light and dark (the system setting and the reader's stored choice),
// checked with axe, by keyboard, and at 320 px.

const ARTICLE = SEED_ARTICLE.path
const ARTICLE_TITLE = 'The Hidden Male Fear That Makes Him Pull Away From You'
const THEME_KEY = 'nabado-theme'

const PAGES = [
  ['home', '/'],
  ['article', ARTICLE],
  ['support', '/support'],
  ['category', '/category/relationships'],
  ['author', '/author/nabado-editors'],
  ['search', '/search?q=love'],
  ['not found', '/no-such-page'],
] as const

/** Presses Tab until `target` has the focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}`)
}

const theme = (page: Page) => page.locator('html').getAttribute('data-theme')

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} system setting`, () => {
    test.use({ colorScheme })
    for (const [name, path] of PAGES) {
      test(`${name} page has no axe violations and one h1`, async ({ page }) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
        await expect(page.getByRole('main')).toHaveCount(1)
        await expect(page.getByRole('banner')).toHaveCount(1)
        await expect(page.getByRole('contentinfo')).toHaveCount(1)
        expect(await theme(page)).toBeNull()
        await expectNoAxeViolations(page)
      })
    }
  })

  // The other theme chosen with the toggle, stored, and applied over the system setting.
  const chosen = colorScheme === 'light' ? 'dark' : 'light'
  test.describe(`${chosen} chosen over a ${colorScheme} system setting`, () => {
    test.use({ colorScheme })
    for (const [name, path] of PAGES) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await page.addInitScript(
          ([key, value]) => localStorage.setItem(key!, value!),
          [THEME_KEY, chosen],
        )
        await page.goto(path)
        await expect(page.locator('html')).toHaveAttribute('data-theme', chosen)
        const background = await page.evaluate(
          () => getComputedStyle(document.body).backgroundColor,
        )
        expect(background).toBe(chosen === 'dark' ? 'rgb(29, 26, 23)' : 'rgb(251, 248, 243)')
        await expectNoAxeViolations(page)
      })
    }
  })
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } })
  for (const [name, path] of PAGES) {
    test(`${name} page does not scroll sideways`, async ({ page }) => {
      await page.goto(path)
      await expectNoSidewaysScrolling(page)
    })
  }
})

test.describe('keyboard only', () => {
  test('the skip link comes first, moves focus to main, and an article opens with Enter', async ({
    page,
  }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()

    // From the start of main, on to the newest article's link, opened with Enter.
    const article = page.getByRole('main').getByRole('link', { name: ARTICLE_TITLE }).first()
    await tabTo(page, article)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE)
  })

  // 412 px is Lighthouse's phone, where the toggle appearing once pushed the page down 20 px.
  for (const width of [360, 412, 1280]) {
    test(`the header does not move when the theme toggle appears (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 })
      // Where the header's other controls sit before the enhancement script has run (its
      // request held back) and after: the same, so the toggle causes no layout shift.
      const boxes = async () => {
        const header = page.getByRole('banner')
        const [nav, search, main] = await Promise.all([
          header.getByRole('navigation', { name: 'Main' }).boundingBox(),
          header.getByRole('searchbox').boundingBox(),
          page.getByRole('main').boundingBox(),
        ])
        return [nav, search, main && { x: main.x, y: main.y }]
      }
      await page.route('**/enhance/**', (route) => route.abort())
      await page.goto(ARTICLE)
      await expect(page.locator('html')).toHaveAttribute('data-js', '')
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0)
      const before = await boxes()
      expect(before.every(Boolean)).toBe(true)

      await page.unrouteAll()
      await page.goto(ARTICLE)
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible()
      expect(await boxes()).toEqual(before)
    })
  }

  test('the theme toggle works with the keyboard, says what it does, and the choice survives a reload unflashed', async ({
    page,
  }) => {
    // What <html> says when the document has been parsed, before anything else has run.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        ;(window as unknown as { themeAtLoad: string | null }).themeAtLoad =
          document.documentElement.getAttribute('data-theme')
      })
    })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(ARTICLE)
    // One button whose name is what a press does: to dark while light, to light while dark.
    const toggle = page.getByRole('banner').getByRole('button', { name: /^(Dark|Light) theme$/ })
    await expect(toggle).toHaveAccessibleName('Dark theme')

    await tabTo(page, toggle)
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAccessibleName('Light theme')
    expect(await theme(page)).toBe('dark')

    await page.reload()
    expect(
      await page.evaluate(() => (window as unknown as { themeAtLoad: unknown }).themeAtLoad),
    ).toBe('dark')
    await expect(toggle).toHaveAccessibleName('Light theme')

    // Space switches back; light is now the stored choice.
    await toggle.focus()
    await page.keyboard.press('Space')
    await expect(toggle).toHaveAccessibleName('Dark theme')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    expect(
      await page.evaluate(() => (window as unknown as { themeAtLoad: unknown }).themeAtLoad),
    ).toBe('light')
    await expect(toggle).toHaveAccessibleName('Dark theme')
  })

  test('in a dark system setting the toggle offers the light theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(ARTICLE)
    const toggle = page.getByRole('banner').getByRole('button', { name: /^(Dark|Light) theme$/ })
    await expect(toggle).toHaveAccessibleName('Light theme')
    await toggle.click()
    expect(await theme(page)).toBe('light')
    await expect(toggle).toHaveAccessibleName('Dark theme')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' })

  test('the system setting still applies and no dead toggle shows', async ({ page }) => {
    await page.goto(ARTICLE)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(29, 26, 23)')
    await expect(page.getByRole('button', { name: /theme$/ })).toHaveCount(0)
  })
})
