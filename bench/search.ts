/**
 * Search (#25): the site's own index (lib/search/index/, PGlite in a folder under .bench/)
 * side by side with the GROQ search it replaced (bench/lib/groq-search.ts, run as the bundled
 * source runs it), in one run, at 1,000, 10,000 and 20,000 synthetic posts
 * (sanity/dataset/generate-synthetic.ts).
 *
 * Each size runs in a Node.js process of its own (bench/lib/search-size.ts, --expose-gc), so
 * its memory starts from nothing: server time p50/p95 of 1-, 2- and 4-word queries (words
 * every post uses, and words only a few do; bench/lib/search-queries.ts) in the index and in
 * GROQ, and their ratio; the index's build time (replaceAll of every post) and the PGlite
 * folder's size before and after; the process's memory before the index and after building
 * it. Goal: index p95 ≤ 50 ms at 20,000 posts.
 *
 * Then, unless BENCH_SEARCH_SITE=0, a real `next start` of a bundled build serving the largest
 * dataset (NABADO_DATASET_FILE): its memory before, during and after the start-up fill
 * (bench/lib/search-site.ts), and /search pages over HTTP.
 *
 * BENCH_SEARCH_SIZES=1000,10000,20000 picks the sizes (the site part uses the largest);
 * BENCH_REUSE_BUILD=1 reuses an existing .next-bench-search build.
 */
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { datasetFile, writeDataset } from '../sanity/dataset/generate-synthetic.ts'
import { emit, note } from './lib/report.ts'
import { measureSite } from './lib/search-site.ts'
import { buildSite, ROOT } from './lib/site.ts'

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,10000,20000').split(',').map(Number)
/** This run's PGlite folders (removed once measured): never shared with another run. */
const DATA = path.join(ROOT, '.bench', 'search', `run-${process.pid}`)
const SITE_DIST = '.next-bench-search'
/** Among the benchmarks' ports (bench/lib/site.ts: 3420-3429). */
const SITE_PORT = 3425

/** One size in its own process; its JSON lines go to stdout as they come. */
function measureInChild(posts: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        path.join(import.meta.dirname, 'lib', 'search-size.ts'),
        String(posts),
        path.join(DATA, `pglite-${posts}`),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    createInterface({ input: child.stdout }).on('line', (line) => console.log(line))
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`search-size.ts ${posts} ended with ${code ?? signal}`)),
    )
  })
}

export async function run() {
  for (const posts of SIZES) {
    note(`search: ${posts} posts`)
    try {
      await measureInChild(posts)
    } finally {
      // Up to a gigabyte at 20,000 posts: measured, so not kept.
      rmSync(path.join(DATA, `pglite-${posts}`), { recursive: true, force: true })
    }
  }
  if (process.env.BENCH_SEARCH_SITE === '0') {
    note('search: site part skipped (BENCH_SEARCH_SITE=0)')
    return
  }
  const posts = Math.max(...SIZES)
  const file = datasetFile(posts)
  if (!existsSync(file)) {
    note(`search: writing ${file}`)
    writeDataset(posts)
  }
  const env = { NABADO_DATASET_FILE: file }
  const reuse =
    process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(ROOT, SITE_DIST, 'BUILD_ID'))
  if (!reuse) {
    note(`search: next build into ${SITE_DIST} (${path.basename(file)})`)
    const ms = buildSite(SITE_DIST, { env, bundledDataset: true, timeoutMs: 30 * 60_000 })
    emit('search', `site_${posts}.build_s`, Math.round(ms / 100) / 10)
  }
  // A fresh data folder, so the server's first check finds the index empty and fills it.
  const dataDir = path.join(DATA, `site-${posts}`)
  rmSync(dataDir, { recursive: true, force: true })
  try {
    await measureSite(SITE_DIST, SITE_PORT, { ...env, NABADO_DATA_DIR: dataDir }, posts)
  } finally {
    rmSync(DATA, { recursive: true, force: true })
  }
  note('search done')
}
