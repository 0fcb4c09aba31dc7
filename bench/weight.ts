/**
 * Page weight: home, an article and /support loaded in Chromium as a reader's browser loads
 * them (scripts marked nomodule are never fetched by a modern browser, so they never count),
 * every response gzip-compressed (zlib level 6, what servers and CDNs commonly send) and
 * summed by kind. Images and fonts are counted apart. Also checks that no script a reader
 * downloads carries Sanity's client, live-preview or visual-editing code.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Response } from '@playwright/test'
import { emit, note } from './lib/report.ts'
import { BENCH_DIST, ensureBenchBuild, PAGES, PORTS, ROOT, startSite } from './lib/site.ts'
import { chromiumPath } from '../scripts/chromium.ts'

/** Budgets for an article page, gzip bytes (issue #8). */
export const BUDGETS = { js: 145 * 1024, css: 12 * 1024, html: 30 * 1024 }
/** A bare Next.js 16 page's JavaScript, measured on these machines: the floor. */
export const FRAMEWORK_FLOOR_JS = 133 * 1024

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

export async function run() {
  ensureBenchBuild()
  const site = await startSite(BENCH_DIST, PORTS.site)
  const browser = await chromium.launch({ executablePath: chromiumPath() })
  try {
    const inBuild = markersInBuild()
    emit('weight', 'sanity-markers-in-build', inBuild.size, {
      markers: Object.fromEntries(inBuild),
    })
    for (const page of PAGES) {
      // A fresh context per page: an empty cache, like a first visit.
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
      const tab = await context.newPage()
      const responses: Response[] = []
      tab.on('response', (response) => responses.push(response))
      // Warm the server's cache first, so the figure is the page, not a first render.
      await fetch(site.origin + page.path)
      await tab.goto(site.origin + page.path, { waitUntil: 'networkidle' })
      const totals: Record<Kind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 }
      const counts: Record<Kind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 }
      const offenders: string[] = []
      for (const response of responses) {
        if (response.status() >= 300 && response.status() < 400) continue
        const body = await response.body().catch(() => null)
        if (!body) continue
        const kind = kindOf(response)
        // Images and fonts are compressed already; text is counted as gzip would send it.
        totals[kind] +=
          kind === 'image' || kind === 'font' ? body.length : gzipSync(body, { level: 6 }).length
        counts[kind] += 1
        if (kind === 'js') {
          const text = body.toString('utf8')
          const hits = SANITY_MARKERS.filter((marker) => text.includes(marker))
          if (hits.length > 0)
            offenders.push(`${new URL(response.url()).pathname} (${hits.join(', ')})`)
        }
      }
      for (const kind of Object.keys(totals) as Kind[]) {
        emit('weight', `${page.name}.${kind}.gzip_bytes`, totals[kind], {
          kb: Math.round((totals[kind] / 1024) * 10) / 10,
          files: counts[kind],
          ...(kind === 'image' || kind === 'font' ? { note: 'raw bytes, not gzip' } : {}),
        })
      }
      emit('weight', `${page.name}.js.over_framework_floor_bytes`, totals.js - FRAMEWORK_FLOOR_JS, {
        floor_kb: FRAMEWORK_FLOOR_JS / 1024,
      })
      emit(
        'weight',
        `${page.name}.sanity_code_in_scripts`,
        offenders.length === 0 ? 'none' : offenders.join('; '),
      )
      if (page.name === 'article') {
        for (const kind of ['js', 'css', 'html'] as const) {
          emit('weight', `article.${kind}.budget_met`, totals[kind] <= BUDGETS[kind], {
            budget_kb: BUDGETS[kind] / 1024,
            kb: Math.round((totals[kind] / 1024) * 10) / 10,
          })
        }
      }
      await context.close()
    }
  } finally {
    await browser.close()
    await site.stop()
  }
  note('weight done')
}
