import type { SQL } from 'drizzle-orm'
import type { Database } from '../../db/engine.ts'

/** The database or a transaction of it: what runs a statement. */
export type Executor = Pick<Database, 'execute'>

/** A statement's rows. Both drivers (pg and PGlite) answer with `{ rows }`. */
export async function rows<Row>(db: Executor, statement: SQL): Promise<Row[]> {
  const result = (await db.execute(statement)) as unknown as { rows: Row[] }
  return result.rows
}
