// The site part of bench/search.ts (#25): a real `next start` of a bundled build serving a
// large synthetic dataset (NABADO_DATASET_FILE), whose instrumentation fills the search index
// at start-up (lib/search/keeper-process.ts). Measures the server's memory (every process of
// its group, from /proc) from the moment it answers, through the fill, to after it; the fill's
// own time as the keeper logs it; then /search pages over HTTP.
import { readdirSync, readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { emit, note } from './report.ts'
import { QUERIES } from './search-queries.ts'
import { startSite, type Server } from './site.ts'

const BENCH = 'search'
/** Requests per query shape, after two unmeasured ones. */
const PAGE_RUNS = 20
/** The longest the start-up fill may take before the benchmark gives up on it. */
const FILL_TIMEOUT_MS = 15 * 60_000

/** Resident memory of every process in the group `pgid` (KB → MB), and the largest one's. */
export function groupRss(pgid: number): {
  total_mb: number
  largest_mb: number
  processes: number
} {
  let total = 0
  let largest = 0
  let processes = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      total += kb
      largest = Math.max(largest, kb)
      processes += 1
    } catch {
      // The process ended while being read.
    }
  }
  const mb = (kb: number) => Math.round(kb / 102.4) / 10
  return { total_mb: mb(total), largest_mb: mb(largest), processes }
}

function percentiles(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
  const r = (n: number) => Math.round(n * 10) / 10
  return { p50: r(at(50)), p95: r(at(95)), max: r(sorted[sorted.length - 1]!), runs: ms.length }
}

async function timedPage(url: string) {
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status }
}

export async function measureSite(
  distDir: string,
  port: number,
  env: Record<string, string>,
  posts: number,
) {
  const prefix = `site_${posts}`
  const startedAt = performance.now()
  const server: Server = await startSite(distDir, port, { env, bundledDataset: true })
  try {
    const pgid = server.process.pid!
    const answering = performance.now() - startedAt
    let fillLine: string | null = null
    let stderr = ''
    server.process.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      fillLine ??= /search: indexed (\d+) posts in (\d+) ms/.exec(stderr)?.[0] ?? null
    })
    const atReady = groupRss(pgid)
    emit(BENCH, `${prefix}.memory.answering.rss_mb`, atReady.total_mb, {
      ...atReady,
      after_start_ms: Math.round(answering),
      note: 'next start answers HTTP; the start-up fill (dataset load, replaceAll) has begun',
    })
    note(`search: next start answers after ${Math.round(answering)} ms; waiting for the fill`)
    let peak = atReady
    const until = Date.now() + FILL_TIMEOUT_MS
    while (fillLine === null && Date.now() < until) {
      if (server.process.exitCode !== null) throw new Error(`next start exited: ${stderr}`)
      await sleep(250)
      const now = groupRss(pgid)
      if (now.total_mb > peak.total_mb) peak = now
    }
    if (fillLine === null) throw new Error(`no start-up fill within ${FILL_TIMEOUT_MS / 1000} s`)
    const [, count, ms] = /indexed (\d+) posts in (\d+) ms/.exec(fillLine)!
    emit(BENCH, `${prefix}.startup_fill_ms`, Number(ms), {
      posts: Number(count),
      since_start_ms: Math.round(performance.now() - startedAt),
      note: "the keeper's own log line: content listed through the door, then replaceAll",
    })
    emit(BENCH, `${prefix}.memory.peak_during_fill.rss_mb`, peak.total_mb, peak)
    await sleep(3000)
    const afterFill = groupRss(pgid)
    emit(BENCH, `${prefix}.memory.after_fill.rss_mb`, afterFill.total_mb, {
      ...afterFill,
      note: '3 s after the fill',
    })

    for (const shape of QUERIES) {
      const url = `${server.origin}/search?q=${encodeURIComponent(shape.query)}`
      for (let i = 0; i < 2; i++) await timedPage(url)
      const ms: number[] = []
      for (let i = 0; i < PAGE_RUNS; i++) {
        const page = await timedPage(url)
        if (page.status !== 200) throw new Error(`${url} answered ${page.status}`)
        ms.push(page.ms)
      }
      const figures = percentiles(ms)
      emit(BENCH, `${prefix}.${shape.name}.page_p95_ms`, figures.p95, {
        ...figures,
        query: shape.query,
        note: '/search page on loopback, request to last byte',
      })
    }
    const afterSearches = groupRss(pgid)
    emit(BENCH, `${prefix}.memory.after_searches.rss_mb`, afterSearches.total_mb, afterSearches)
  } finally {
    // The server's child process is unref'd (site.ts): something must keep this process
    // alive until it has exited, or Node.js ends with the stop still pending.
    const alive = setInterval(() => {}, 1000)
    try {
      await server.stop()
    } finally {
      clearInterval(alive)
    }
  }
}
