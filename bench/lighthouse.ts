/**
 * Lighthouse 12.2.3 (pinned; newer ones need a newer Node for the CLI itself) on home, an
 * article, a category, search and /support (and, with BENCH_BASELINE=<git ref>, the same
 * pages of that commit's build, run right after each), with Debian's Chromium, Lighthouse's default mobile emulation and
 * simulated throttling (a mid-range phone on slow 4G). Reports the four category scores and
 * LCP, TBT and CLS. Budget: 100 in every category.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/chromium.ts'
import { startBaseline } from './lib/baseline.ts'
import { emit, note } from './lib/report.ts'
import { BENCH_DIST, ensureBenchBuild, PAGES, PORTS, startSite } from './lib/site.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Audit = {
  scores: Record<(typeof CATEGORIES)[number], number | 'n/a'>
  failing: Record<(typeof CATEGORIES)[number], string[]>
  metrics: { lcp_ms: number; tbt_ms: number; cls: number; fcp_ms: number }
}

/** One Lighthouse run on a page already rendered and cached by the server. */
async function audit(port: number, url: string): Promise<Audit> {
  // Warm the server's cache: the figure is the page as cached, not a first render.
  await fetch(url)
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  })
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { lhr } = result
  const scores = {} as Audit['scores']
  const failing = {} as Audit['failing']
  for (const category of CATEGORIES) {
    const score = lhr.categories[category]?.score
    scores[category] = score === null || score === undefined ? 'n/a' : Math.round(score * 100)
    failing[category] = Object.values(lhr.audits)
      .filter(
        (item) =>
          lhr.categories[category]?.auditRefs.some((ref) => ref.id === item.id && ref.weight > 0) &&
          item.score !== null &&
          item.score < 1,
      )
      .map((item) => item.id)
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  // What the console said, so a lost best-practices point can be traced.
  const consoleErrors =
    (
      lhr.audits['errors-in-console']?.details as
        { items?: Array<{ description?: string; sourceLocation?: { url?: string } }> } | undefined
    )?.items ?? []
  for (const item of consoleErrors)
    note(`${url} console: ${item.description} (${item.sourceLocation?.url ?? ''})`)
  if (lhr.runWarnings.length > 0) note(`${url}: ${lhr.runWarnings.join(' | ')}`)
  return {
    scores,
    failing,
    metrics: {
      lcp_ms: Math.round(metric('largest-contentful-paint')),
      tbt_ms: Math.round(metric('total-blocking-time')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      fcp_ms: Math.round(metric('first-contentful-paint')),
    },
  }
}

export async function run() {
  ensureBenchBuild()
  const site = await startSite(BENCH_DIST, PORTS.site)
  const baseline = await startBaseline()
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // chrome-launcher, unlike Playwright, starts a visible browser unless told.
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
  })
  try {
    for (const page of PAGES) {
      const now = await audit(chrome.port, site.origin + page.path)
      // The baseline right after, on the same browser and machine state.
      const before = baseline ? await audit(chrome.port, baseline.origin + page.path) : null
      const compare = (was: number | string | undefined) =>
        before ? { baseline: was, baseline_ref: baseline!.ref } : {}
      for (const category of CATEGORIES) {
        const value = now.scores[category]
        emit('lighthouse', `${page.name}.${category}`, value, {
          ...(now.failing[category].length > 0 ? { below_full_marks: now.failing[category] } : {}),
          ...(before ? compare(before.scores[category]) : {}),
        })
      }
      for (const [name, value] of Object.entries(now.metrics)) {
        const was = before?.metrics[name as keyof Audit['metrics']]
        emit('lighthouse', `${page.name}.${name}`, value, compare(was))
      }
    }
  } finally {
    chrome.kill()
    await site.stop()
    await baseline?.stop()
  }
  note('lighthouse done')
}
