import { expect, type Page } from '@playwright/test'

/**
 * Fails when the page, as laid out now, is wider than its window: a reader on that screen would
 * have to scroll sideways. Set the viewport first (a 320 or 360 px phone).
 */
export async function expectNoSidewaysScrolling(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, `${page.url()} is wider than its window`).toBeLessThanOrEqual(0)
}
