import '../server-only.ts'
import type { Session } from './engine.ts'
import { MIGRATION_LOCK } from './locks.ts'
import type { Migration } from './migrations/index.ts'

const SAFE_NAME = /^[0-9a-z][0-9a-z_-]*$/

/**
 * Applies, in order, each migration the database has not recorded, each in its own
 * transaction together with its record in `schema_migrations`: a migration that fails
 * leaves nothing behind and is tried again at the next start.
 *
 * Two instances starting together on one PostgreSQL take turns: the whole run holds a
 * session-level advisory lock, so the second waits, then finds everything applied.
 * (Drizzle's own migrators take no lock and need drizzle-kit's journal; this runner is these
 * few lines over the same connection.) Returns the names it applied.
 */
export async function applyMigrations(
  session: Session,
  migrations: readonly Migration[],
): Promise<string[]> {
  for (const { name } of migrations) {
    if (!SAFE_NAME.test(name)) throw new Error(`Migration name ${JSON.stringify(name)} is not safe`)
  }
  // Waiting for another instance's migrations is bounded; a migration itself may take time.
  await session.exec(`SET lock_timeout = '60s'; SET statement_timeout = '5min'`)
  await session.rows('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK])
  try {
    await session.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    )
    const done = new Set(
      (await session.rows<{ name: string }>('SELECT name FROM schema_migrations')).map(
        (row) => row.name,
      ),
    )
    const applied: string[] = []
    for (const migration of migrations) {
      if (done.has(migration.name)) continue
      try {
        await session.exec(
          `BEGIN;\n${migration.sql}\n;INSERT INTO schema_migrations (name) VALUES ('${migration.name}');\nCOMMIT;`,
        )
      } catch (error) {
        await session.exec('ROLLBACK').catch(() => {})
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        })
      }
      applied.push(migration.name)
    }
    return applied
  } finally {
    await session.rows('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]).catch(() => {})
    await session.exec('RESET lock_timeout; RESET statement_timeout').catch(() => {})
  }
}
