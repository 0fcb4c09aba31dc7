/**
 * What readers read (issue #26): the read beacon's weight and the endpoint's throughput.
 *
 * 1. Weight: the enhancement script with the beacon (lib/browser/enhance/index.ts as it is)
 *    against the same script without it (its entry less watchReads), minified and gzip.
 *    The issue's budget: the beacon adds at most 400 B gzip.
 * 2. Throughput, side by side, on the bundled site built into .next-bench (PGlite in
 *    .bench/reads/data, emptied each run; the site on 3710): BENCH_READS_N beacons (default
 *    10,000) POSTed to /api/read from BENCH_READS_CONNECTIONS connections at once (default
 *    100) with a browser's user agent, then as many GETs of the seed article (prerendered:
 *    a file from Next.js's cache) over as many connections. Requests a second, p50 and p99 ms,
 *    and afterwards the article's count in the database, which must be exactly the number
 *    of beacons sent (the atomic upsert loses none).
 *
 * BENCH_READS_DIST=<dist dir> serves a bundled build made already (.next-reads, the end-to-end
 * tests' build) instead of building .next-bench.
 *
 * The per-address limit is lifted for this run (NABADO_READS_PER_MINUTE): every beacon
 * comes from 127.0.0.1.
 */
import { rmSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { buildEnhanceScript } from '../lib/browser/enhance/build.ts'
import { writeBrowserScript } from '../lib/browser/bundle.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'
import { emit, note } from './lib/report.ts'
import { BENCH_DIST, ensureBenchBuild, ROOT, startSite, stopAllSites } from './lib/site.ts'

export const BEACON_BUDGET_BYTES = 400
const PORT = 3710
const N = Number(process.env.BENCH_READS_N ?? 10_000)
const CONNECTIONS = Number(process.env.BENCH_READS_CONNECTIONS ?? 100)
const WORK = path.join(ROOT, '.bench', 'reads')
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

function weight() {
  const out = path.join(WORK, 'enhance')
  const withBeacon = buildEnhanceScript({ root: ROOT, outDir: path.join(out, 'with') })
  // The same entry without the beacon: index.ts as it was before #26.
  const entry = path.join(WORK, 'enhance-without-reads.ts')
  writeFileSync(
    entry,
    [
      `import { enhance } from '../../lib/browser/enhance/enhance.ts'`,
      `import { enableOffline } from '../../lib/browser/enhance/offline.ts'`,
      `if (document.readyState === 'loading') {`,
      `  document.addEventListener('DOMContentLoaded', () => enhance(document))`,
      `} else {`,
      `  enhance(document)`,
      `}`,
      `enableOffline(window)`,
    ].join('\n'),
  )
  const without = writeBrowserScript({
    root: ROOT,
    entry: path.relative(ROOT, entry),
    define: { NABADO_OFFLINE: 'true' },
    outDir: path.join(out, 'without'),
    fileName: () => 'enhance.js',
  })
  const added = withBeacon.gzipBytes - without.gzipBytes
  emit('reads', 'enhance_gzip_bytes_without_beacon', without.gzipBytes, { raw: without.bytes })
  emit('reads', 'enhance_gzip_bytes_with_beacon', withBeacon.gzipBytes, { raw: withBeacon.bytes })
  emit('reads', 'beacon_added_gzip_bytes', added, {
    budget: BEACON_BUDGET_BYTES,
    within: added <= BEACON_BUDGET_BYTES,
  })
}

async function load(name: string, options: autocannon.Options) {
  const result = await autocannon({ connections: CONNECTIONS, amount: N, timeout: 30, ...options })
  const figures = {
    requests: result.requests.total,
    connections: CONNECTIONS,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
  }
  emit('reads', `${name}.req_per_s`, Math.round(result.requests.average), figures)
  return result
}

export async function run() {
  mkdirSync(WORK, { recursive: true })
  weight()
  const distDir = process.env.BENCH_READS_DIST || BENCH_DIST
  if (distDir === BENCH_DIST) ensureBenchBuild()
  const dataDir = path.join(WORK, 'data')
  rmSync(dataDir, { recursive: true, force: true })
  note(`next start on ${PORT}`)
  const site = await startSite(distDir, PORT, {
    bundledDataset: true,
    env: { NABADO_DATA_DIR: dataDir, NABADO_READS_PER_MINUTE: String(N * 10) },
  })
  try {
    // Warm both paths once (the database's first open and migrations, the article's render).
    await fetch(`${site.origin}${SEED_ARTICLE.path}`)
    const warm = await fetch(`${site.origin}/api/read`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': CHROME },
      body: SEED_ARTICLE.path,
    })
    if (warm.status !== 204) throw new Error(`the beacon answered ${warm.status}`)
    const before = await totalReads(site.origin)
    note(`${N} beacons over ${CONNECTIONS} connections`)
    await load('beacon', {
      url: `${site.origin}/api/read`,
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': CHROME },
      body: SEED_ARTICLE.path,
    })
    const counted = (await totalReads(site.origin)) - before
    emit('reads', 'beacons_counted', counted, { sent: N, lost: N - counted })
    note(`${N} article requests over ${CONNECTIONS} connections`)
    await load('article', {
      url: `${site.origin}${SEED_ARTICLE.path}`,
      headers: { 'user-agent': CHROME },
    })
  } finally {
    // The server is unref'd: without a timer of our own the loop could end before it exits.
    const keepAlive = setInterval(() => {}, 1000)
    await stopAllSites()
    clearInterval(keepAlive)
  }
}

async function totalReads(origin: string): Promise<number> {
  const answer = await fetch(`${origin}/api/read-stats?slug=${SEED_ARTICLE.slug}`)
  return ((await answer.json()) as { total: number }).total
}
