// The site's own database, behind one door (as content is behind lib/content/): PGlite in a
// data folder by default, PostgreSQL with DATABASE_URL, the same SQL and migrations for both.
// Relative imports so that Node runs it as is (scripts/donations.ts, the benchmarks).
import '../server-only.ts'
import { databaseConfig, type DatabaseConfig } from '../env/database.ts'
import type { GiftLedger } from '../mpesa/giving/ledger.ts'
import { createSearchIndex, type SearchIndex } from '../search/index/index.ts'
import type { ReadCounter } from '../reads/counter.ts'
import { sql } from 'drizzle-orm'
import { createEngine, type Engine } from './engine.ts'
import { createGiftLedger } from './gifts/ledger.ts'
import { applyMigrations } from './migrate.ts'
import { createReadCounter } from './reads/counter.ts'
import { MIGRATIONS } from './migrations/index.ts'

export type OpenDatabase = {
  label: string
  giftLedger(): GiftLedger
  /** Readers' search over the posts (lib/search/index/). */
  searchIndex(): SearchIndex
  /** What readers read: reads per article and day (lib/reads/). */
  readCounter(): ReadCounter
  /** Resolves when the database answers a trivial query; rejects when it cannot. */
  ping(): Promise<void>
  close(): Promise<void>
}

/** Opens a database and brings its schema up to date (each migration once, under a lock). */
export async function openDatabase(
  config: DatabaseConfig | { kind: 'pglite'; dataDir: null; label: string },
): Promise<OpenDatabase> {
  const engine: Engine = await createEngine(config)
  try {
    await engine.withSession((session) => applyMigrations(session, MIGRATIONS))
  } catch (error) {
    await engine.close().catch(() => {})
    throw error
  }
  const ledger = createGiftLedger(engine.db)
  const search = createSearchIndex(engine.db)
  const reads = createReadCounter(engine.db)
  return {
    label: engine.label,
    giftLedger: () => ledger,
    searchIndex: () => search,
    readCounter: () => reads,
    ping: async () => {
      await engine.db.execute(sql`select 1`)
    },
    close: () => engine.close(),
  }
}

const OPENING = Symbol.for('nabado.db.opening')
const globalForDb = globalThis as { [OPENING]?: Promise<OpenDatabase> }

/**
 * This process's database, opened on first use and kept (on globalThis: Next.js's module
 * graphs share it). An open that fails (PostgreSQL down, say) is not kept: the next call tries
 * again, so the site recovers by itself when the database comes back.
 */
export function processDatabase(): Promise<OpenDatabase> {
  const opening = (globalForDb[OPENING] ??= openDatabase(databaseConfig))
  opening.catch(() => {
    if (globalForDb[OPENING] === opening) delete globalForDb[OPENING]
  })
  return opening
}

/** The gifts' ledger of this process's database. */
export async function giftLedger(): Promise<GiftLedger> {
  return (await processDatabase()).giftLedger()
}

/** The search index of this process's database. */
export async function searchIndex(): Promise<SearchIndex> {
  return (await processDatabase()).searchIndex()
}

/** The read counter of this process's database. */
export async function readCounter(): Promise<ReadCounter> {
  return (await processDatabase()).readCounter()
}
