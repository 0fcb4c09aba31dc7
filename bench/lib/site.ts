// The one harness that builds the site and starts and stops `next start` for the benchmarks
// (bench/*.ts) and the load test (bench/load-test.ts). A server runs as the leader of its own
// process group (setsid), so stopping it stops everything it started; `stopAllSites` does that
// for every server still running, also from a signal handler.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { stopGroup } from '../../tests/harness/process-group.ts'
import { readerPages } from '../../tests/harness/reader-pages.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'
import { note } from './report.ts'

export const ROOT = path.join(import.meta.dirname, '..', '..')

/** The benchmarks' own build of the bundled site (never .next: the tests use it). */
export const BENCH_DIST = '.next-bench'

/** Ports 3420-3429 are the benchmarks' (the load test has 3436). */
export const PORTS = { site: 3420, scale: 3421, nginx: 3429 } as const

export type SiteOptions = {
  /** Added to the environment of `next build` or `next start`. */
  env?: Record<string, string>
  /**
   * Leave out the shell's Sanity settings (NEXT_PUBLIC_SANITY_*, SANITY_*), so the site
   * serves the bundled dataset as a fresh clone does, whatever the shell has set.
   */
  bundledDataset?: boolean
  /** The checkout to build or serve (its own node_modules); this one by default. */
  cwd?: string
  /**
   * Next's stderr: 'capture' (the default) keeps it for the error message if Next fails;
   * 'inherit' writes it where this process writes its own, as it comes.
   */
  stderr?: 'capture' | 'inherit'
}

/**
 * `next <args>` of the checkout in `cwd`, run by the Node.js that runs this process (the one
 * the npm scripts choose), as `npm exec -- next` would but without an npm process between.
 */
function nextCommand(cwd: string, args: string[]): [string, string[]] {
  const next = path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next')
  return [process.execPath, [next, ...args]]
}

/**
 * The environment of a build or server: this process's, less the Sanity settings when asked,
 * plus `env`, the dist folder, and no telemetry.
 */
function siteEnv(distDir: string, options: SiteOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  if (options.bundledDataset)
    for (const name of Object.keys(env))
      if (name.startsWith('NEXT_PUBLIC_SANITY_') || name.startsWith('SANITY_')) delete env[name]
  return { ...env, ...options.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }
}

/**
 * Runs `next build` into `distDir` (without Next's own type check: `npm test` type-checks the
 * project), returning its wall time in milliseconds. Throws if the build fails or runs over
 * `timeoutMs`.
 */
export function buildSite(
  distDir: string,
  options: SiteOptions & { timeoutMs?: number } = {},
): number {
  const cwd = options.cwd ?? ROOT
  const capture = (options.stderr ?? 'capture') === 'capture'
  const [command, args] = nextCommand(cwd, ['build'])
  const started = performance.now()
  const result = spawnSync(command, args, {
    cwd,
    env: { ...siteEnv(distDir, options), NABADO_SKIP_BUILD_TYPECHECK: '1' },
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'inherit'],
    encoding: 'utf8',
    timeout: options.timeoutMs,
  })
  const elapsed = performance.now() - started
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
    throw new Error(`next build into ${distDir} ran over ${options.timeoutMs! / 1000} s`)
  if (result.error) throw result.error
  if (result.status !== 0) {
    const output = capture
      ? `:\n${(result.stdout ?? '').slice(-3000)}\n${(result.stderr ?? '').slice(-3000)}`
      : ` (exit code ${result.status ?? result.signal})`
    throw new Error(`next build into ${distDir} failed${output}`)
  }
  return elapsed
}

let benchBuilt = false

/** The bundled site built into .next-bench once per run (BENCH_REUSE_BUILD=1 keeps an old one). */
export function ensureBenchBuild() {
  if (benchBuilt) return
  const reuse =
    process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(ROOT, BENCH_DIST, 'BUILD_ID'))
  if (!reuse) {
    note(`next build into ${BENCH_DIST}`)
    buildSite(BENCH_DIST)
  }
  benchBuilt = true
}

export type Server = {
  origin: string
  /** `next start`, the leader of the server's process group (its pid is the group's id). */
  process: ChildProcess
  /**
   * Sends SIGTERM to the server's process group at once (so it also works right before
   * process.exit), then resolves when the leader has exited, or after 5 s.
   */
  stop: () => Promise<void>
}

const running = new Set<Server>()

/** Stops every server this process started and has not stopped yet (see Server.stop). */
export async function stopAllSites(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()))
}

/** Whether something already answers HTTP at `origin`. */
async function answers(origin: string): Promise<boolean> {
  try {
    // Any answer means it listens; robots.txt is cheap and touches no article.
    await fetch(`${origin}/robots.txt`)
    return true
  } catch {
    return false
  }
}

/**
 * `next start` on 127.0.0.1:`port` serving the build in `distDir`, as the leader of its own
 * process group (detached: setsid), resolved once it answers HTTP (within 60 s). `args` go to
 * `next start` (the load test's `--inspect`).
 */
export async function startSite(
  distDir: string,
  port: number,
  options: SiteOptions & { args?: string[] } = {},
): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`
  // A server left over from an earlier run would answer in this one's place.
  if (await answers(origin)) throw new Error(`something already answers on ${origin}`)
  const cwd = options.cwd ?? ROOT
  const capture = (options.stderr ?? 'capture') === 'capture'
  const [command, args] = nextCommand(cwd, [
    'start',
    '--hostname',
    '127.0.0.1',
    '--port',
    String(port),
    ...(options.args ?? []),
  ])
  // Each server its own data folder (a PGlite folder is open in one process only), unless
  // the benchmark names one.
  const dataDir =
    options.env?.NABADO_DATA_DIR ??
    path.join(ROOT, '.bench', 'data', `${path.basename(distDir)}-${port}`)
  const child = spawn(command, args, {
    cwd,
    env: { ...siteEnv(distDir, options), NABADO_DATA_DIR: dataDir },
    detached: true,
    stdio: ['ignore', 'ignore', capture ? 'pipe' : 'inherit'],
  })
  // The server never keeps this process alive: stop() (or stopAllSites) ends it.
  child.unref()
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ended = () => child.exitCode !== null || child.signalCode !== null
  const server: Server = {
    origin,
    process: child,
    stop: () => {
      running.delete(server)
      return stopGroup(child, { graceMs: 5000 })
    },
  }
  running.add(server)
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    if (ended()) {
      running.delete(server)
      const code = child.exitCode ?? child.signalCode
      throw new Error(`next start on ${port} exited (${code}): ${stderr}`)
    }
    if (await answers(origin)) return server
    await sleep(100)
  }
  await server.stop()
  throw new Error(`next start on ${port} did not answer in 60 s: ${stderr}`)
}

/** Bytes under a folder, optionally skipping some top-level entries (e.g. the build cache). */
export function folderBytes(folder: string, skip: string[] = []): number {
  let total = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue
    const full = path.join(folder, entry.name)
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size
  }
  return total
}

/** The article every page benchmark and the load test use: the bundled dataset's seed article. */
export const ARTICLE_PATH = SEED_ARTICLE.path

/** A second article, for what reading another costs once the first has been read. */
export const SECOND_ARTICLE_PATH = '/2026/02/20/why-loneliness-is-rising-despite-social-media'

/** The pages the page benchmarks go through; each one's name is its figures' key. */
export const PAGES = readerPages([
  'home',
  'article',
  'category',
  'search',
  'search_results',
  'support',
])
