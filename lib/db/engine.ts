import '../server-only.ts'
import { mkdir } from 'node:fs/promises'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { schema } from './schema.ts'

/** The query layer both engines share: Drizzle over the same PostgreSQL dialect. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

/** What to open: PostgreSQL by URL, or PGlite in a folder (null: in memory, for tests). */
export type EngineTarget =
  | { kind: 'postgres'; url: string; label: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null; label: string }

/** One connection held for a while: the migrations run on it, under its advisory lock. */
export type Session = {
  /** Several statements in one string (the simple query protocol of both engines). */
  exec(text: string): Promise<void>
  rows<Row>(text: string, params?: unknown[]): Promise<Row[]>
}

export type Engine = {
  kind: EngineTarget['kind']
  label: string
  db: Database
  withSession<T>(work: (session: Session) => Promise<T>): Promise<T>
  close(): Promise<void>
}

// The pool's limits: nothing waits without end. A request waits at most this long for a
// connection (PostgreSQL down or the pool full), a statement runs at most this long, and a
// transaction left open by a crashed request is ended by PostgreSQL.
const CONNECT_TIMEOUT_MS = 5000
const STATEMENT_TIMEOUT_MS = 15_000
const IDLE_IN_TRANSACTION_MS = 60_000

export async function createEngine(target: EngineTarget): Promise<Engine> {
  return target.kind === 'postgres' ? postgresEngine(target) : pgliteEngine(target)
}

async function postgresEngine(target: Extract<EngineTarget, { kind: 'postgres' }>) {
  // Loaded only when used: a PGlite site never loads pg, a PostgreSQL site never loads PGlite.
  const { default: pg } = await import('pg')
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
  })
  // An idle connection that PostgreSQL drops (a restart) is an event, not a crash: the pool
  // makes a new one for the next query.
  pool.on('error', (error) => {
    console.warn(`database: ${target.label}: idle connection lost: ${error.message}`)
  })
  const db = drizzle({ client: pool, schema }) as unknown as Database
  return {
    kind: 'postgres' as const,
    label: target.label,
    db,
    async withSession<T>(work: (session: Session) => Promise<T>) {
      const client = await pool.connect()
      try {
        return await work({
          exec: async (text) => {
            await client.query(text)
          },
          rows: async <Row>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as Row[],
        })
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

// PGlite is one PostgreSQL inside this process: two instances on one folder would each
// believe they own its files. Kept on globalThis, which Next.js's module graphs share.
const OPEN_FOLDERS = Symbol.for('nabado.db.pglite-folders')
const openFolders = ((globalThis as { [OPEN_FOLDERS]?: Set<string> })[OPEN_FOLDERS] ??=
  new Set<string>())

async function pgliteEngine(target: Extract<EngineTarget, { kind: 'pglite' }>) {
  const { PGlite } = await import('@electric-sql/pglite')
  // Trigram matching for search's typo correction (lib/search/index/): PostgreSQL ships it as
  // a contrib extension, PGlite as a bundle loaded here; migration 0002 creates it.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const { drizzle } = await import('drizzle-orm/pglite')
  const folder = target.dataDir
  if (folder !== null) {
    if (openFolders.has(folder)) {
      throw new Error(`${target.label} is already open in this process`)
    }
    await mkdir(folder, { recursive: true })
    openFolders.add(folder)
  }
  try {
    const extensions = { pg_trgm }
    const client =
      folder === null
        ? await PGlite.create({ extensions })
        : await PGlite.create(folder, { extensions })
    const db = drizzle({ client, schema }) as unknown as Database
    return {
      kind: 'pglite' as const,
      label: target.label,
      db,
      async withSession<T>(work: (session: Session) => Promise<T>) {
        return work({
          exec: async (text) => {
            await client.exec(text)
          },
          rows: async <Row>(text: string, params?: unknown[]) =>
            (await client.query<Row>(text, params)).rows,
        })
      },
      async close() {
        try {
          await client.close()
        } finally {
          if (folder !== null) openFolders.delete(folder)
        }
      },
    }
  } catch (error) {
    if (folder !== null) openFolders.delete(folder)
    throw error
  }
}
