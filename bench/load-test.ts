// npm run test:load: a bounded load test of the built site (docs/reliability.md).
//
// Builds the bundled site into its own folder (.next-load; reused when it is newer than every
// tracked source file, or whenever it exists with --reuse-build), starts `next start` in its
// own process group (with its inspector on loopback), runs one warm-up, then 30 s at 100
// connections on the home page and on an article. Fails (exit 1) on any error, timeout or
// non-2xx answer, or if the server's memory (RSS of the next-server process, read after a full
// garbage collection) after the run is more than 10% above its memory after the warm-up.
// Always stops the server.
//
// A pass/fail test, not a benchmark; it lives in bench/ because it builds, starts and stops
// the site through the benchmarks' harness (lib/site.ts).

import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'
import { connectInspector } from '../scripts/node-inspector.ts'
import { ARTICLE_PATH, buildSite, ROOT, startSite, stopAllSites } from './lib/site.ts'

const DIST_DIR = '.next-load'
const PORT = Number(process.env.LOAD_TEST_PORT ?? 3436)
// The server's inspector, on loopback, for a full garbage collection before each memory reading.
const INSPECT_PORT = Number(process.env.LOAD_TEST_INSPECT_PORT ?? 9436)
const BASE = `http://127.0.0.1:${PORT}`
const TARGETS = [
  { name: 'home', path: '/' },
  { name: 'article', path: ARTICLE_PATH },
]
const CONNECTIONS = 100
// How long a request may wait for its answer. Not autocannon's default 10 s: Node.js (libuv
// since 1.45) accepts one new connection per event-loop iteration, and a saturated server's
// iterations take ~200 ms here, so the last of 100 connections opened at once is accepted
// 8 to 20 s into a run (measured, docs/reliability.md). The slowest answer is reported.
const REQUEST_TIMEOUT_S = 30
const DURATION_S = 30
// The warm-up is the run itself, once: the server's heap then has the size the run needs (a
// shorter warm-up leaves V8 still growing its heap during the run, which is not a leak).
const WARM_UP_S = DURATION_S
const MAX_MEMORY_GROWTH = 0.1
const SETTLE_MS = 10_000
// Whole run without a build: 2 × (30 + 30) s of load, 3 × 10 s of rest, plus start.
const DEADLINE_MS = 3.5 * 60_000
const BUILD_DEADLINE_MS = 6 * 60_000
// The test measures the site, not its neighbours: other processes on the same cores make
// every event-loop turn longer, and with it the wait of the first connections (at a load
// average of 6 to 17, up to 192 timeouts a run; docs/reliability.md). So it waits, up to
// QUIET_WAIT_MS, for the 1-minute load average to drop under one per core.
const QUIET_LOAD_PER_CORE = 1
const QUIET_WAIT_MS = 2 * 60_000

// The bundled dataset, as a fresh clone serves it, whatever Sanity settings the shell has;
// Next's stderr goes to the test's output as it comes.
const SITE = { bundledDataset: true, stderr: 'inherit' } as const

const log = (line: string) => console.log(`[load] ${line}`)

class LoadTestFailure extends Error {}

/** Newest modification time among the files git tracks (the sources a build reads). */
function newestSourceMtime(): number {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  let newest = 0
  for (const file of files.split('\0')) {
    const full = join(ROOT, file)
    if (!file || !existsSync(full)) continue
    newest = Math.max(newest, statSync(full).mtimeMs)
  }
  return newest
}

function buildIfNeeded(): void {
  const buildId = join(ROOT, DIST_DIR, 'BUILD_ID')
  const reuse = process.argv.includes('--reuse-build')
  if (existsSync(buildId) && (reuse || statSync(buildId).mtimeMs > newestSourceMtime())) {
    log(`reusing the build in ${DIST_DIR}`)
    return
  }
  log(`building the bundled site into ${DIST_DIR} …`)
  const ms = buildSite(DIST_DIR, { ...SITE, timeoutMs: BUILD_DEADLINE_MS })
  log(`built in ${(ms / 1000).toFixed(0)} s`)
}

/**
 * The next-server process in the server's process group: `next start` runs the server in
 * the same process (titled "next-server (vX)"), but npm or a shell may sit in between.
 */
function nextServerPid(groupId: number): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pgrp = Number(fields[2])
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (pgrp === groupId && cmdline.startsWith('next-server')) return Number(entry)
    } catch {
      // The process ended while we looked.
    }
  }
  throw new LoadTestFailure(`no next-server process in process group ${groupId}`)
}

/** Resident set size in MB, from /proc/<pid>/status. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1])
  if (!Number.isFinite(kb)) throw new LoadTestFailure(`no VmRSS for process ${pid}`)
  return kb / 1024
}

type Inspector = Awaited<ReturnType<typeof connectInspector>>

/**
 * The server's memory the same way before and after the run: 10 s without traffic (in-flight
 * responses finish), then V8's full garbage collection through the inspector, then RSS from
 * /proc. Without the collection a reading says more about when V8 last collected than about
 * what the server keeps: after the same warm-up, RSS read after a 10 s rest ranged from 170 to
 * 449 MB.
 */
async function settledMemory(inspector: Inspector, pid: number) {
  await sleep(SETTLE_MS)
  await inspector.collectGarbage()
  await inspector.collectGarbage()
  await sleep(1_000)
  const { heapUsedMb } = await inspector.memory()
  return { rssMb: rssMb(pid), heapUsedMb }
}

type Figures = {
  name: string
  requests: number
  reqPerSec: number
  p50: number
  p99: number
  max: number
  errors: number
  timeouts: number
  non2xx: number
}

async function load(name: string, path: string, duration: number): Promise<Figures> {
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: CONNECTIONS,
    duration,
    timeout: REQUEST_TIMEOUT_S,
  })
  return {
    name,
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Wait (bounded) for the machine to be quiet; the run goes ahead either way. */
async function waitForQuietMachine(): Promise<void> {
  const limit = QUIET_LOAD_PER_CORE * cpus().length
  const until = Date.now() + QUIET_WAIT_MS
  while (loadavg()[0]! >= limit && Date.now() < until) {
    await sleep(5_000)
  }
  const load = loadavg()[0]!
  log(
    `load average ${load.toFixed(2)} on ${cpus().length} cores` +
      (load >= limit
        ? ` (still busy after ${QUIET_WAIT_MS / 60_000} min: figures may suffer)`
        : ''),
  )
}

async function main(): Promise<void> {
  buildIfNeeded()
  await waitForQuietMachine()
  // Both send SIGTERM to the server's process group before this process exits.
  const deadline = setTimeout(() => {
    console.error(`[load] FAILED: the load test ran over ${DEADLINE_MS / 60_000} minutes`)
    void stopAllSites()
    process.exit(1)
  }, DEADLINE_MS)
  const stop = () => {
    void stopAllSites()
    process.exit(130)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    // `next start` as the leader of its own process group, so the whole group can be stopped.
    const server = await startSite(DIST_DIR, PORT, {
      ...SITE,
      args: ['--inspect', `127.0.0.1:${INSPECT_PORT}`],
    })
    const pid = nextServerPid(server.process.pid!)
    log(`next-server is process ${pid}, RSS at start ${rssMb(pid).toFixed(0)} MB`)

    for (const { name, path } of TARGETS) {
      const warm = await load(name, path, WARM_UP_S)
      log(`warm-up ${name}: ${warm.requests} requests`)
    }
    const inspector = await connectInspector(INSPECT_PORT)
    const settled = await settledMemory(inspector, pid)
    const before = settled.rssMb
    log(
      `after warm-up and a full GC: RSS ${before.toFixed(0)} MB, V8 heap used ${settled.heapUsedMb.toFixed(0)} MB`,
    )

    const figures: Figures[] = []
    for (const [index, { name, path }] of TARGETS.entries()) {
      // Each page's run starts from a rested server, as the first one does after the
      // memory reading.
      if (index > 0) await sleep(SETTLE_MS)
      const figure = await load(name, path, DURATION_S)
      figures.push(figure)
      log(
        `${name} (${path}): ${figure.reqPerSec.toFixed(0)} req/s, p50 ${figure.p50} ms, ` +
          `p99 ${figure.p99} ms, max ${figure.max} ms, ${figure.requests} requests, ${figure.errors} errors, ` +
          `${figure.timeouts} timeouts, ${figure.non2xx} non-2xx`,
      )
    }
    const final = await settledMemory(inspector, pid)
    inspector.close()
    const after = final.rssMb
    const growth = (after - before) / before
    log(
      `after the run and a full GC: RSS ${after.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% ` +
        `of ${before.toFixed(0)} MB; limit +${MAX_MEMORY_GROWTH * 100}%), V8 heap used ${final.heapUsedMb.toFixed(0)} MB`,
    )
    log(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
        `load average ${loadavg()[0]!.toFixed(2)} at the end`,
    )

    const problems: string[] = []
    for (const figure of figures) {
      if (figure.errors > 0) problems.push(`${figure.name}: ${figure.errors} errors`)
      if (figure.timeouts > 0) problems.push(`${figure.name}: ${figure.timeouts} timeouts`)
      if (figure.non2xx > 0) problems.push(`${figure.name}: ${figure.non2xx} non-2xx answers`)
      if (figure.requests === 0) problems.push(`${figure.name}: no request completed`)
    }
    if (growth > MAX_MEMORY_GROWTH)
      problems.push(
        `server memory grew ${(growth * 100).toFixed(1)}% (${before.toFixed(0)} → ${after.toFixed(0)} MB)`,
      )
    if (problems.length > 0) throw new LoadTestFailure(problems.join('; '))
    log('passed')
  } finally {
    clearTimeout(deadline)
    await stopAllSites()
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[load] FAILED: ${message}`)
  process.exit(1)
})
