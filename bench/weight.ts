/**
 * Page weight: each reader page loaded in Chromium as a first-time reader's browser loads it,
 * every text response counted as gzip (zlib level 6, what servers and CDNs commonly send),
 * summed by kind; images and fonts apart (raw bytes). Then what a second article costs once
 * the first has been read (the stylesheet and script come from the browser's cache), and
 * whether the article's title and first paragraph arrive in the first 14 KB of the
 * response (TCP's first round trip on a new connection). Also checks that no script a reader
 * downloads carries Sanity's client, live-preview or visual-editing code.
 *
 * With BENCH_BASELINE=<git ref>, the same figures for that commit's build, served beside this
 * one in the same run, with the ratio (docs/performance.md).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { constants, gunzipSync, gzipSync } from 'node:zlib'
import { chromium, type Browser, type Response } from '@playwright/test'
import { startBaseline } from './lib/baseline.ts'
import { emit, note } from './lib/report.ts'
import {
  ARTICLE_PATH,
  BENCH_DIST,
  ensureBenchBuild,
  PAGES,
  PORTS,
  ROOT,
  SECOND_ARTICLE_PATH,
  startSite,
} from './lib/site.ts'
import { chromiumPath } from '../tests/chromium.ts'

/** Budgets for the seed article's first visit, gzip bytes (issue #15). */
export const BUDGETS = { html: 12 * 1024, css: 9 * 1024, js: 3 * 1024, total: 30 * 1024 }
/** A second article, read after the first: its HTML, nothing else. */
export const SECOND_ARTICLE_BUDGET = 12 * 1024
/** What a server sends in its first round trip on a new connection (10 segments). */
export const FIRST_FLIGHT_BYTES = 14 * 1024

/**
 * Strings found only in Sanity's client, live-preview and visual-editing code (checked
 * below against the build: each must occur in some chunk, or the check would prove nothing).
 */
const SANITY_MARKERS = [
  'sanity-comlink',
  'apicdn.sanity.io',
  'X-Sanity-Project-ID',
  'sanity.io/docs/',
]

type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other'
type Totals = Record<Kind, number>
const KINDS: Kind[] = ['html', 'css', 'js', 'image', 'font', 'other']
const zero = (): Totals => ({ html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 })

function kindOf(response: Response): Kind {
  const type = response.request().resourceType()
  if (type === 'document') return 'html'
  if (type === 'stylesheet') return 'css'
  if (type === 'script') return 'js'
  if (type === 'image') return 'image'
  if (type === 'font') return 'font'
  return 'other'
}

/** Which markers a built chunk contains, chunk by chunk (to prove each marker is real). */
function markersInBuild(): Map<string, string[]> {
  const folder = path.join(ROOT, BENCH_DIST, 'static', 'chunks')
  const found = new Map<string, string[]>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.js')) {
        const text = readFileSync(full, 'utf8')
        for (const marker of SANITY_MARKERS) {
          if (text.includes(marker)) found.set(marker, [...(found.get(marker) ?? []), entry.name])
        }
      }
    }
  }
  walk(folder)
  return found
}

type Visit = { totals: Totals; files: Totals; offenders: string[] }

/** Sums what the page's responses weigh; a response the browser took from its cache is free. */
async function weigh(responses: Response[], cached: Set<string> = new Set()): Promise<Visit> {
  const totals = zero()
  const files = zero()
  const offenders: string[] = []
  for (const response of responses) {
    if (response.status() >= 300 && response.status() < 400) continue
    if (cached.has(response.url())) continue
    const body = await response.body().catch(() => null)
    if (!body) continue
    const kind = kindOf(response)
    totals[kind] +=
      kind === 'image' || kind === 'font' ? body.length : gzipSync(body, { level: 6 }).length
    files[kind] += 1
    if (kind === 'js') {
      const text = body.toString('utf8')
      const hits = SANITY_MARKERS.filter((marker) => text.includes(marker))
      if (hits.length > 0)
        offenders.push(`${new URL(response.url()).pathname} (${hits.join(', ')})`)
    }
  }
  return { totals, files, offenders }
}

/** A first visit to `path` (empty cache), then optionally a second page in the same tab. */
async function visit(browser: Browser, origin: string, path: string, then?: string) {
  // A fresh context per page: an empty cache, like a first visit.
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
  const tab = await context.newPage()
  let responses: Response[] = []
  tab.on('response', (response) => responses.push(response))
  // What Chromium answered from its own cache (memory or disk): nothing went over the wire.
  const cdp = await context.newCDPSession(tab)
  await cdp.send('Network.enable')
  const urls = new Map<string, string>()
  const cached = new Set<string>()
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url))
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const url = urls.get(requestId)
    if (url) cached.add(url)
  })
  cdp.on('Network.responseReceived', ({ response }) => {
    if (response.fromDiskCache || response.fromPrefetchCache) cached.add(response.url)
  })
  // Warm the server's cache first, so the figure is the page, not a first render.
  await fetch(origin + path)
  await tab.goto(origin + path, { waitUntil: 'networkidle' })
  const first = await weigh(responses)
  let second: Visit | null = null
  if (then) {
    await fetch(origin + then)
    responses = []
    cached.clear()
    await tab.goto(origin + then, { waitUntil: 'networkidle' })
    second = await weigh(responses, cached)
  }
  await context.close()
  return { first, second }
}

const textTotal = (totals: Totals) => totals.html + totals.css + totals.js + totals.other
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const ratio = (value: number, baseline: number | undefined) =>
  baseline ? Math.round((value / baseline) * 1000) / 1000 : undefined

/**
 * Whether the title and the body's first paragraph are in the first 14 KB of the gzip
 * response: the prefix is inflated as a browser would inflate what has arrived so far.
 */
async function firstFlight(origin: string) {
  const html = await (await fetch(origin + ARTICLE_PATH)).text()
  const compressed = gzipSync(Buffer.from(html), { level: 6 })
  const prefix = compressed.subarray(0, FIRST_FLIGHT_BYTES)
  const arrived = inflateGzipPrefix(prefix)
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? ''
  const body = html.slice(html.indexOf('article-body'))
  const firstParagraph = /<p>([\s\S]*?)<\/p>/.exec(body)?.[0] ?? ''
  return {
    compressedBytes: compressed.length,
    hasTitle: title.length > 0 && arrived.includes(title),
    hasFirstParagraph: firstParagraph.length > 0 && arrived.includes(firstParagraph),
  }
}

function inflateGzipPrefix(prefix: Buffer): string {
  // What has arrived so far, inflated without its end (a browser renders as it goes).
  return gunzipSync(prefix, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8')
}

export async function run() {
  ensureBenchBuild()
  const site = await startSite(BENCH_DIST, PORTS.site)
  const baseline = await startBaseline()
  const browser = await chromium.launch({ executablePath: chromiumPath() })
  try {
    const inBuild = markersInBuild()
    emit('weight', 'sanity-markers-in-build', inBuild.size, {
      markers: Object.fromEntries(inBuild),
    })
    for (const page of PAGES) {
      const then = page.name === 'article' ? SECOND_ARTICLE_PATH : undefined
      const now = await visit(browser, site.origin, page.path, then)
      const before = baseline ? await visit(browser, baseline.origin, page.path, then) : null
      for (const kind of KINDS) {
        const value = now.first.totals[kind]
        const was = before?.first.totals[kind]
        emit('weight', `${page.name}.${kind}.gzip_bytes`, value, {
          kb: kb(value),
          files: now.first.files[kind],
          ...(kind === 'image' || kind === 'font' ? { note: 'raw bytes, not gzip' } : {}),
          ...(before
            ? { baseline: was, baseline_ref: baseline!.ref, ratio: ratio(value, was) }
            : {}),
        })
      }
      const total = textTotal(now.first.totals)
      const totalBefore = before ? textTotal(before.first.totals) : undefined
      emit('weight', `${page.name}.total_before_images.gzip_bytes`, total, {
        kb: kb(total),
        ...(before ? { baseline: totalBefore, ratio: ratio(total, totalBefore) } : {}),
      })
      emit(
        'weight',
        `${page.name}.sanity_code_in_scripts`,
        now.first.offenders.length === 0 ? 'none' : now.first.offenders.join('; '),
      )
      if (page.name !== 'article') continue
      for (const kind of ['html', 'css', 'js'] as const) {
        emit('weight', `article.${kind}.budget_met`, now.first.totals[kind] <= BUDGETS[kind], {
          budget_kb: BUDGETS[kind] / 1024,
          kb: kb(now.first.totals[kind]),
        })
      }
      emit('weight', 'article.total_before_images.budget_met', total <= BUDGETS.total, {
        budget_kb: BUDGETS.total / 1024,
        kb: kb(total),
      })
      const second = textTotal(now.second!.totals)
      const secondBefore = before ? textTotal(before.second!.totals) : undefined
      emit('weight', 'second_article.total_before_images.gzip_bytes', second, {
        kb: kb(second),
        by_kind: now.second!.totals,
        ...(before ? { baseline_by_kind: before.second!.totals } : {}),
        budget_kb: SECOND_ARTICLE_BUDGET / 1024,
        budget_met: second <= SECOND_ARTICLE_BUDGET,
        ...(before ? { baseline: secondBefore, ratio: ratio(second, secondBefore) } : {}),
      })
      const flight = await firstFlight(site.origin)
      emit(
        'weight',
        'article.title_and_first_paragraph_in_first_14kb',
        flight.hasTitle && flight.hasFirstParagraph,
        {
          title: flight.hasTitle,
          first_paragraph: flight.hasFirstParagraph,
          html_gzip_bytes: flight.compressedBytes,
          ...(baseline ? { baseline: await firstFlight(baseline.origin) } : {}),
        },
      )
    }
  } finally {
    await browser.close()
    await site.stop()
    await baseline?.stop()
  }
  note('weight done')
}
