/**
 * Lighthouse 12.2.3 (pinned; newer ones need a newer Node for the CLI itself) on home, an
 * article and /support, with Debian's Chromium, Lighthouse's default mobile emulation and
 * simulated throttling (a mid-range phone on slow 4G). Reports the four category scores and
 * LCP, TBT and CLS. Budget: 100 in every category.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/chromium.ts'
import { emit, note } from './lib/report.ts'
import { BENCH_DIST, ensureBenchBuild, PAGES, PORTS, startSite } from './lib/site.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export async function run() {
  ensureBenchBuild()
  const site = await startSite(BENCH_DIST, PORTS.site)
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // chrome-launcher, unlike Playwright, starts a visible browser unless told.
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
  })
  try {
    for (const page of PAGES) {
      // Warm the server's cache: the figure is the page as cached, not a first render.
      await fetch(site.origin + page.path)
      const result = await lighthouse(site.origin + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`)
      const { lhr } = result
      for (const category of CATEGORIES) {
        const score = lhr.categories[category]?.score
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              lhr.categories[category]?.auditRefs.some(
                (ref) => ref.id === audit.id && ref.weight > 0,
              ) &&
              audit.score !== null &&
              audit.score < 1,
          )
          .map((audit) => audit.id)
        emit(
          'lighthouse',
          `${page.name}.${category}`,
          score === null || score === undefined ? 'n/a' : Math.round(score * 100),
          {
            ...(failing.length > 0 ? { below_full_marks: failing } : {}),
          },
        )
      }
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      emit('lighthouse', `${page.name}.lcp_ms`, Math.round(metric('largest-contentful-paint')))
      emit('lighthouse', `${page.name}.tbt_ms`, Math.round(metric('total-blocking-time')))
      emit(
        'lighthouse',
        `${page.name}.cls`,
        Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      )
      emit('lighthouse', `${page.name}.fcp_ms`, Math.round(metric('first-contentful-paint')))
      // What the console said, so a lost best-practices point can be traced.
      const consoleErrors =
        (
          lhr.audits['errors-in-console']?.details as
            | { items?: Array<{ description?: string; sourceLocation?: { url?: string } }> }
            | undefined
        )?.items ?? []
      for (const item of consoleErrors)
        note(`${page.path} console: ${item.description} (${item.sourceLocation?.url ?? ''})`)
      if (lhr.runWarnings.length > 0) note(`${page.path}: ${lhr.runWarnings.join(' | ')}`)
    }
  } finally {
    chrome.kill()
    await site.stop()
  }
  note('lighthouse done')
}
