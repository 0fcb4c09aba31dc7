// Takes screenshots of the main pages at phone and desktop widths, light and dark, for a
// person to look at before calling a page done. Usage: npm run screenshots -- [baseURL] [outDir]
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/chromium.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

const baseURL = process.argv[2] ?? 'http://127.0.0.1:3000'
const outDir = process.argv[3] ?? 'test-results/screenshots'
const pages = (
  process.env.SCREENSHOT_PAGES ?? `/,${SEED_ARTICLE.path},/support,/no-such-page`
).split(',')

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme })
    const page = await context.newPage()
    for (const path of pages) {
      await page.goto(new URL(path, baseURL).href)
      const name = (path.split('/').filter(Boolean).at(-1) ?? 'home').slice(0, 30)
      await page.screenshot({
        path: `${outDir}/${name}-${width}-${colorScheme}.png`,
        fullPage: width === 360 ? false : false,
      })
    }
    await context.close()
  }
}
await browser.close()
console.log(`Screenshots in ${outDir}`)
