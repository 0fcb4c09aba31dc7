// Test fixtures (no test of its own): the search index's documents as the content door gives
// them, read by the production query through the bundled source (groq-js), and a database
// with the migrations applied on each engine.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe } from 'vitest'
import {
  postgresBinDir,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../../tests/harness/postgres-server.ts'
import { createBundledSource } from '../../content/bundled-source.ts'
import type { SearchDocument } from '../../content/search-documents.ts'
import { readable } from '../../content/source.ts'
import { parseNdjson, type SanityDocument } from '../../dataset/ndjson.ts'
import { createEngine, type Engine, type EngineTarget } from '../../db/engine.ts'
import { applyMigrations } from '../../db/migrate.ts'
import { MIGRATIONS } from '../../db/migrations/index.ts'
import { generateDataset } from '../../../sanity/dataset/generate-synthetic.ts'
import { SEARCH_DOCUMENTS_QUERY } from '../../../sanity/queries.ts'
import type { SEARCH_DOCUMENTS_QUERY_RESULT } from '../../../sanity/types.ts'

const BUNDLED = 'sanity/dataset/production.ndjson'

/** Every readable post of a dataset, as listSearchDocuments() gives them. */
export async function searchDocumentsOf(
  documents: readonly SanityDocument[],
): Promise<SearchDocument[]> {
  const source = createBundledSource(async () => [...documents])
  return readable(
    await source.fetch<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY, {}, []),
  ) as SearchDocument[]
}

export const bundledDocuments = () =>
  searchDocumentsOf(parseNdjson(readFileSync(BUNDLED, 'utf8'), BUNDLED))

/** The synthetic generator's dataset of `posts` posts (the bundled ones among them). */
export const syntheticDocuments = (posts: number) => searchDocumentsOf(generateDataset(posts))

export async function migratedEngine(target: EngineTarget): Promise<Engine> {
  const engine = await createEngine(target)
  await engine.withSession((session) => applyMigrations(session, MIGRATIONS))
  return engine
}

export const IN_MEMORY: EngineTarget = { kind: 'pglite', dataDir: null, label: 'PGlite in memory' }

/**
 * Runs a suite on PGlite in memory and, when Debian's PostgreSQL is installed (.ci/run
 * installs it), on a throwaway PostgreSQL started for it on `port` (one port per test file:
 * vitest runs files in parallel).
 */
export function onEachEngine(
  port: number,
  suite: (target: () => EngineTarget, kind: EngineTarget['kind']) => void,
) {
  describe('on PGlite', () => suite(() => IN_MEMORY, 'pglite'))
  let postgres: ThrowawayPostgres | null = null
  describe.skipIf(postgresBinDir() === null)('on a real PostgreSQL', () => {
    beforeAll(async () => {
      postgres = await startThrowawayPostgres(port)
    }, 60_000)
    afterAll(async () => {
      await postgres?.remove()
    })
    suite(
      () => ({ kind: 'postgres', url: postgres!.url, label: 'throwaway PostgreSQL' }),
      'postgres',
    )
  })
}
