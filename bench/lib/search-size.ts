/**
 * One dataset size of bench/search.ts, in a process of its own (so each size's memory starts
 * from nothing): `node --expose-gc bench/lib/search-size.ts <posts> <data folder>`. Prints
 * figures as JSON lines (report.ts) on stdout, progress on stderr.
 *
 * 1. The synthetic dataset, loaded and indexed as the bundled source holds it (memory).
 * 2. The posts as the content door lists them for the index (SEARCH_DOCUMENTS_QUERY).
 * 3. PGlite in a folder, migrated (size on disk), then replaceAll of every post (build time,
 *    size on disk, memory).
 * 4. Each query shape searched in the index and with the GROQ baseline, p50/p95.
 */
import { rmSync } from 'node:fs'
import { createBundledSource } from '../../lib/content/bundled-source.ts'
import type { SearchDocument } from '../../lib/content/search-documents.ts'
import { readable } from '../../lib/content/source.ts'
import type { SanityDocument } from '../../lib/dataset/ndjson.ts'
import { createEngine, type Engine } from '../../lib/db/engine.ts'
import { applyMigrations } from '../../lib/db/migrate.ts'
import { MIGRATIONS } from '../../lib/db/migrations/index.ts'
import { createSearchIndex } from '../../lib/search/index/index.ts'
import { generateDataset } from '../../sanity/dataset/generate-synthetic.ts'
import { SEARCH_DOCUMENTS_QUERY } from '../../sanity/queries.ts'
import type { SEARCH_DOCUMENTS_QUERY_RESULT } from '../../sanity/types.ts'
import { emit, note } from './report.ts'
import { groqDataset, groqSearch } from './search-baseline.ts'
import { QUERIES } from './search-queries.ts'
import { folderBytes } from './site.ts'

const BENCH = 'search'
/** Repetitions of each query shape in the index (after WARMUP unmeasured ones). */
const INDEX_RUNS = 50
const WARMUP = 3
/** The GROQ baseline repeats a shape up to GROQ_RUNS times, within about GROQ_SHAPE_MS each. */
const GROQ_RUNS = 50
const MIN_GROQ_RUNS = 5
const GROQ_SHAPE_MS = 20_000

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
const mb = (bytes: number) => round(bytes / 1e6, 1)

/** The percentile by nearest rank (p95 of 50 runs is the 48th slowest-first). */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b)
  return {
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    max: round(sorted[sorted.length - 1]!, 2),
    runs: sorted.length,
  }
}

// --expose-gc (bench/search.ts starts this process with it): memory after a collection, so
// the figures are what is held, not what is waiting to be collected.
const collect = globalThis.gc ?? (() => {})

function memory(stage: string, posts: number) {
  collect()
  collect()
  const m = process.memoryUsage()
  const figures = {
    rss_mb: mb(m.rss),
    heap_used_mb: mb(m.heapUsed),
    external_mb: mb(m.external),
    array_buffers_mb: mb(m.arrayBuffers),
  }
  emit(BENCH, `posts_${posts}.memory.${stage}.rss_mb`, figures.rss_mb, figures)
  return m
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

/** The posts as the site's keeper lists them (listSearchDocuments, bundled mode). */
async function searchDocumentsOf(documents: readonly SanityDocument[]) {
  const source = createBundledSource(async () => [...documents])
  return readable(
    await source.fetch<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY, {}, []),
  ) as SearchDocument[]
}

async function tableBytes(engine: Engine) {
  const [row] = await engine.withSession((session) =>
    session.rows<{ documents: string; titles: string; vocabulary: string }>(
      `SELECT pg_total_relation_size('search_documents')::text AS documents,
        pg_total_relation_size('search_titles')::text AS titles,
        pg_total_relation_size('search_vocabulary')::text AS vocabulary`,
    ),
  )
  return {
    documents: Number(row!.documents),
    titles: Number(row!.titles),
    vocabulary: Number(row!.vocabulary),
  }
}

export async function measureSize(posts: number, dataDir: string) {
  memory('process_start', posts)
  note(`search: ${posts} posts: generating the dataset`)
  const dataset = groqDataset(generateDataset(posts))
  memory('dataset_loaded', posts)

  const listed = await timed(() => searchDocumentsOf(dataset.documents))
  let documents: SearchDocument[] | null = listed.value
  emit(BENCH, `posts_${posts}.documents_listed_ms`, Math.round(listed.ms), {
    documents: documents.length,
    note: 'SEARCH_DOCUMENTS_QUERY through the bundled source, as the keeper lists them',
  })
  const before = memory('before_index', posts)

  rmSync(dataDir, { recursive: true, force: true })
  const opened = await timed(async () => {
    const engine = await createEngine({ kind: 'pglite', dataDir, label: `bench ${dataDir}` })
    await engine.withSession((session) => applyMigrations(session, MIGRATIONS))
    return engine
  })
  const engine = opened.value
  emit(BENCH, `posts_${posts}.db_open_migrate_ms`, Math.round(opened.ms))
  const emptyBytes = folderBytes(dataDir)
  emit(BENCH, `posts_${posts}.db_bytes_before_mb`, mb(emptyBytes), {
    bytes: emptyBytes,
    note: 'PGlite folder after the migrations, index empty',
  })
  memory('db_open_empty', posts)

  const index = createSearchIndex(engine.db)
  note(`search: ${posts} posts: replaceAll`)
  const built = await timed(() => index.replaceAll(documents!))
  emit(BENCH, `posts_${posts}.index_build_ms`, Math.round(built.ms), {
    documents: documents.length,
    per_post_ms: round(built.ms / documents.length, 2),
  })
  // A second replaceAll over a full index (a reindex, or a start-up fill after a change).
  const rebuilt = await timed(() => index.replaceAll(documents!))
  emit(BENCH, `posts_${posts}.index_rebuild_ms`, Math.round(rebuilt.ms), {
    note: 'replaceAll again over the full index',
  })
  documents = null
  await engine.withSession((session) => session.exec('CHECKPOINT'))
  const filledBytes = folderBytes(dataDir)
  const tables = await tableBytes(engine)
  emit(BENCH, `posts_${posts}.db_bytes_after_mb`, mb(filledBytes), {
    bytes: filledBytes,
    added_mb: mb(filledBytes - emptyBytes),
    search_documents_mb: mb(tables.documents),
    search_titles_mb: mb(tables.titles),
    search_vocabulary_mb: mb(tables.vocabulary),
    note: 'PGlite folder after two replaceAll and a CHECKPOINT; tables with their indexes',
  })
  const after = memory('after_index_built', posts)
  emit(BENCH, `posts_${posts}.memory.index_added_rss_mb`, mb(after.rss - before.rss), {
    heap_used_mb: mb(after.heapUsed - before.heapUsed),
    external_mb: mb(after.external - before.external),
  })
  const [vocabulary] = await engine.withSession((session) =>
    session.rows<{ n: number }>('SELECT count(*)::integer AS n FROM search_vocabulary'),
  )
  emit(BENCH, `posts_${posts}.index_rows`, await index.count(), {
    vocabulary_words: vocabulary?.n,
  })

  for (const shape of QUERIES) {
    const name = `posts_${posts}.${shape.name}`
    const page = { offset: 0, limit: 10 }
    let indexTotal = 0
    for (let i = 0; i < WARMUP; i++) indexTotal = (await index.search(shape.query, page)).total
    const indexMs: number[] = []
    for (let i = 0; i < INDEX_RUNS; i++) {
      indexMs.push((await timed(() => index.search(shape.query, page))).ms)
    }
    const indexStats = stats(indexMs)
    emit(BENCH, `${name}.index_p95_ms`, indexStats.p95, {
      ...indexStats,
      query: shape.query,
      words: shape.words,
      matches: indexTotal,
    })

    if (!shape.groq) continue
    // The first run is a warm-up, and tells how many more fit in GROQ_SHAPE_MS.
    const first = timed(() => groqSearch(dataset, shape.query))
    const { ms: firstMs, value: groqFound } = await first
    const runs = Math.max(MIN_GROQ_RUNS, Math.min(GROQ_RUNS, Math.floor(GROQ_SHAPE_MS / firstMs)))
    const groqMs: number[] = []
    for (let i = 0; i < runs; i++) {
      groqMs.push((await timed(() => groqSearch(dataset, shape.query))).ms)
    }
    const groqStats = stats(groqMs)
    emit(BENCH, `${name}.groq_p95_ms`, groqStats.p95, {
      ...groqStats,
      query: shape.query,
      words: shape.words,
      matches: groqFound.total,
    })
    emit(BENCH, `${name}.ratio_index_over_groq_p95`, round(indexStats.p95 / groqStats.p95, 4), {
      p50: round(indexStats.p50 / groqStats.p50, 4),
    })
  }
  memory('after_searches', posts)
  await engine.close()
  const closedBytes = folderBytes(dataDir)
  emit(BENCH, `posts_${posts}.db_bytes_closed_mb`, mb(closedBytes), { bytes: closedBytes })
}

if (import.meta.filename === process.argv[1]) {
  const posts = Number(process.argv[2])
  const dataDir = process.argv[3]
  if (!Number.isInteger(posts) || posts < 1 || !dataDir)
    throw new Error('usage: search-size.ts <posts> <data folder>')
  await measureSize(posts, dataDir)
}
