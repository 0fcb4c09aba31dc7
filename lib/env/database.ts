// Relative imports, so that Node runs this file as is (the donations report, scripts/donations.ts).
import '../server-only.ts'
import { isAbsolute, join, resolve } from 'node:path'

/**
 * The site's own database (lib/db/): PostgreSQL when `DATABASE_URL` names one, otherwise
 * PGlite (PostgreSQL compiled to WebAssembly, in this process) keeping its files under
 * `NABADO_DATA_DIR`. Both run the same SQL. `label` names it in log lines, never with a
 * password.
 */
export type DatabaseConfig =
  | { kind: 'postgres'; url: string; label: string }
  | { kind: 'pglite'; dataDir: string; label: string }

export type DatabaseEnv = Partial<Record<'DATABASE_URL' | 'NABADO_DATA_DIR', string | undefined>>

/** Where the site keeps its own files when nothing else is said, relative to its folder. */
export const DEFAULT_DATA_DIR = '.data'

/** PGlite's database folder inside the data folder (room for other files beside it). */
const PGLITE_FOLDER = 'pglite'

/**
 * `DATABASE_URL` (`postgres://user:password@host:port/database`, or `postgresql://`):
 * one PostgreSQL shared by every instance. Unset or blank: PGlite in
 * `<NABADO_DATA_DIR>/pglite` (default `.data/pglite` under `cwd`), for one instance. A
 * malformed URL stops the server at start-up with a message naming the variable.
 */
export function resolveDatabase(env: DatabaseEnv, cwd: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim()
  if (url) return postgresOf(url)
  const dataDirValue = env.NABADO_DATA_DIR?.trim() || DEFAULT_DATA_DIR
  const dataDir = join(isAbsolute(dataDirValue) ? dataDirValue : resolve(cwd, dataDirValue))
  const pgliteDir = join(dataDir, PGLITE_FOLDER)
  return { kind: 'pglite', dataDir: pgliteDir, label: `PGlite in ${pgliteDir}` }
}

function postgresOf(value: string): DatabaseConfig {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      'DATABASE_URL must be a URL such as postgres://nabado:password@127.0.0.1:5432/nabado',
    )
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://')
  }
  // node-postgres reads `?host=/run/postgresql` as a unix socket folder; otherwise a host.
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new Error('DATABASE_URL must name a host, e.g. postgres://nabado@db:5432/nabado')
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (database.includes('/')) {
    throw new Error('DATABASE_URL must end with one database name, e.g. …:5432/nabado')
  }
  // Logged when the database is unreachable: never the user name or password.
  const host = url.host || `socket ${url.searchParams.get('host')}`
  return { kind: 'postgres', url: value, label: `PostgreSQL at ${host}/${database}` }
}

/** The database of this process, from its environment. */
export const databaseConfig: DatabaseConfig = resolveDatabase(
  { DATABASE_URL: process.env.DATABASE_URL, NABADO_DATA_DIR: process.env.NABADO_DATA_DIR },
  process.cwd(),
)
