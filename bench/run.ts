/**
 * `npm run bench [-- name ...]`: runs the benchmarks (all, or those named: weight,
 * lighthouse, serving, scale, offline, scale-out, giving, search, reads) one after another. Every figure is one JSON line on stdout;
 * progress goes to stderr. Never part of the pass/fail tests: figures depend on the machine.
 *
 * BENCH_REUSE_BUILD=1 reuses an existing .next-bench build; BENCH_SCALE_SIZES=50,1000 picks
 * the scale datasets.
 */
import os from 'node:os'
import { emit, note } from './lib/report.ts'

const BENCHMARKS: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  weight: () => import('./weight.ts'),
  lighthouse: () => import('./lighthouse.ts'),
  serving: () => import('./serving.ts'),
  scale: () => import('./scale.ts'),
  offline: () => import('./offline.ts'),
  'scale-out': () => import('./scale-out.ts'),
  giving: () => import('./giving.ts'),
  search: () => import('./search.ts'),
  reads: () => import('./reads.ts'),
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !BENCHMARKS[name])
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`,
  )
  process.exit(2)
}

emit('machine', 'context', new Date().toISOString(), {
  node: process.version,
  cpus: os.cpus().length,
  cpu_model: os.cpus()[0]?.model,
  load_average: os.loadavg().map((n) => Math.round(n * 100) / 100),
  uname: `${os.type()} ${os.release()} ${os.arch()}`,
})
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHMARKS)) {
  note(`${name}…`)
  const started = performance.now()
  await (await BENCHMARKS[name]!()).run()
  emit('machine', `${name}.load_average_after`, os.loadavg()[0]!.toFixed(2), {
    bench_s: Math.round((performance.now() - started) / 1000),
  })
}
