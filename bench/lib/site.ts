import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { note } from './report.ts'

export const ROOT = path.join(import.meta.dirname, '..', '..')

/** The benchmarks' own build of the bundled site (never .next: the tests use it). */
export const BENCH_DIST = '.next-bench'

/** Ports 3420-3429 are the benchmarks'. */
export const PORTS = { site: 3420, scale: 3421, nginx: 3429 } as const

/** Runs `next build` into `distDir`, returning its wall time in milliseconds. */
export function buildSite(distDir: string, env: Record<string, string> = {}): number {
  note(
    `next build into ${distDir}${env.NABADO_DATASET_FILE ? ` (${path.basename(env.NABADO_DATASET_FILE)})` : ''}`,
  )
  const started = performance.now()
  const result = spawnSync('npm', ['exec', '--', 'next', 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      NEXT_DIST_DIR: distDir,
      NABADO_SKIP_BUILD_TYPECHECK: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  })
  const elapsed = performance.now() - started
  // A build into another dist dir rewrites tsconfig.json's "include"; put it back.
  spawnSync('git', ['checkout', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' })
  if (result.status !== 0) {
    throw new Error(
      `next build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    )
  }
  return elapsed
}

let benchBuilt = false

/** The bundled site built into .next-bench once per run (BENCH_REUSE_BUILD=1 keeps an old one). */
export function ensureBenchBuild() {
  if (benchBuilt) return
  const reuse =
    process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(ROOT, BENCH_DIST, 'BUILD_ID'))
  if (!reuse) buildSite(BENCH_DIST)
  benchBuilt = true
}

export type Server = { origin: string; stop: () => Promise<void>; process: ChildProcess }

/** `next start` on loopback, in its own process group, resolved once it answers. */
export async function startSite(
  distDir: string,
  port: number,
  env: Record<string, string> = {},
  cwd: string = ROOT,
): Promise<Server> {
  const child = spawn(
    'npm',
    ['exec', '--', 'next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd,
      env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
  }
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${stderr}`)
    try {
      // Any answer means it listens; robots.txt is cheap and touches no article.
      await fetch(`${origin}/robots.txt`)
      return { origin, stop, process: child }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  await stop()
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

/** The article every page benchmark uses: the bundled dataset's seed article. */
export const ARTICLE_PATH = '/2026/02/28/the-hidden-male-fear-that-makes-him-pull-away-from-you'

/** A second article, for what reading another costs once the first has been read. */
export const SECOND_ARTICLE_PATH = '/2026/02/20/why-loneliness-is-rising-despite-social-media'

export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: ARTICLE_PATH },
  { name: 'category', path: '/category/relationships' },
  { name: 'search', path: '/search' },
  // Results pages are noindex on purpose (and so never score 100 on Lighthouse's SEO).
  { name: 'search_results', path: '/search?q=love' },
  { name: 'support', path: '/support' },
] as const
