import type { Page } from '@playwright/test'

// What a reader does with an article in the offline benchmark (bench/offline.ts) and the
// offline specs (e2e/offline.spec.ts): read it to the end, so that every lazy image is asked
// for and the worker can keep the page with its images.

/** Half-screens scrolled at most: a guard against a page that keeps growing, never reached. */
const MAX_STEPS = 200

/**
 * Scrolls through the page half a screen at a time until the bottom, then waits until every
 * image has arrived (or was replaced by its alt text: data saving). `timeout` bounds that wait
 * (Playwright's default when left out); when it runs out, the error names the missing images.
 */
export async function readToTheEnd(page: Page, { timeout }: { timeout?: number } = {}) {
  for (let step = 0; step < MAX_STEPS; step++) {
    const done = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          window.scrollBy(0, window.innerHeight / 2)
          requestAnimationFrame(() =>
            resolve(window.scrollY + window.innerHeight >= document.body.scrollHeight - 1),
          )
        }),
    )
    if (done) break
  }
  await page
    .waitForFunction(
      () => [...document.images].every((img) => img.complete || img.hasAttribute('data-skipped')),
      undefined,
      timeout === undefined ? {} : { timeout },
    )
    .catch(async (error: Error) => {
      const waiting = await page
        .evaluate(() =>
          [...document.images]
            .filter((img) => !img.complete)
            .map((img) => img.currentSrc || img.src),
        )
        .catch(() => null) // The page is gone (a test's own timeout): its error says enough.
      if (!waiting) throw error
      throw new Error(
        `${page.url()}: images never arrived: ${waiting.join(', ')} (${error.message})`,
      )
    })
}
