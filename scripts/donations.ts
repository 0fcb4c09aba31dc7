// The magazine's report of gifts by M-Pesa (#24): every attempt since a date, as a table or as
// CSV. Usage: npm run donations -- --since 2026-12-01 [--csv]   (--help for more)
// Exit codes: 0 printed, 1 the database could not be read, 2 bad arguments. stdout carries
// the report alone (so `--csv > gifts.csv` is a clean file); every complaint is one line on
// stderr, never a stack trace or a password.
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DatabaseConfig } from '../lib/env/database.ts'
import {
  formatCsv,
  formatTable,
  parseReportArgs,
  USAGE,
} from '../lib/mpesa/giving/donations-report.ts'
import type { GiftRecord } from '../lib/mpesa/giving/ledger.ts'

const parsed = parseReportArgs(process.argv.slice(2))
if (!parsed.ok) {
  console.error(`donations: ${parsed.message} (npm run donations -- --help)`)
  process.exit(2)
}
if (parsed.options.help) {
  console.log(USAGE)
  process.exit(0)
}
const { since, csv } = parsed.options

try {
  const gifts = await giftsSince(since)
  process.stdout.write(csv ? formatCsv(gifts) : formatTable(gifts))
} catch (error) {
  console.error(`donations: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}

/**
 * The attempts, read and the database closed again. The modules are loaded here rather than
 * imported above: lib/env/database.ts reads DATABASE_URL as it loads, and a malformed one
 * must become this script's one line, not a stack trace.
 */
async function giftsSince(sinceDate: Date): Promise<GiftRecord[]> {
  let config: DatabaseConfig
  try {
    config = (await import('../lib/env/database.ts')).databaseConfig
  } catch (error) {
    throw new Error(`cannot open the database: ${reasonOf(error)}`)
  }
  const { openDatabase } = await import('../lib/db/index.ts')
  const snapshot = config.kind === 'pglite' ? await pgliteSnapshot(config.dataDir) : null
  try {
    const target = snapshot ? { ...config, dataDir: snapshot } : config
    const database = await openDatabase(target).catch((error: unknown) => {
      throw new Error(`cannot open ${config.label}: ${reasonOf(error, passwordOf(config))}`)
    })
    try {
      return await database.giftLedger().listSince(sinceDate)
    } catch (error) {
      throw new Error(`cannot read ${config.label}: ${reasonOf(error, passwordOf(config))}`)
    } finally {
      await database.close().catch(() => {})
    }
  } finally {
    if (snapshot) await rm(snapshot, { recursive: true, force: true }).catch(() => {})
  }
}

/**
 * PGlite is PostgreSQL inside the site's own process, and nothing locks its folder against a
 * second process: opening it here while the site runs would have two PostgreSQLs writing
 * the same files (checked: PGlite opens a folder another process holds). The report reads a
 * copy instead. The copy of a folder in use is what a crash would leave, which PostgreSQL's
 * recovery replays on open; at worst it misses a gift settled while copying. A folder
 * without PG_VERSION is not a database: opening it would create an empty one and report
 * "0 attempts" for a mistyped NABADO_DATA_DIR.
 */
async function pgliteSnapshot(dataDir: string): Promise<string> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(`no database in ${dataDir} (set NABADO_DATA_DIR or DATABASE_URL)`)
  }
  const folder = await mkdtemp(join(tmpdir(), 'nabado-donations-'))
  try {
    await cp(dataDir, folder, { recursive: true })
  } catch (error) {
    await rm(folder, { recursive: true, force: true }).catch(() => {})
    throw new Error(`cannot read ${dataDir}: ${reasonOf(error)}`)
  }
  return folder
}

function passwordOf(config: DatabaseConfig): string | null {
  if (config.kind !== 'postgres') return null
  try {
    return new URL(config.url).password || null
  } catch {
    return null
  }
}

/**
 * One line of why. node-postgres names host and user, not the password, but a driver's
 * message may quote the URL, so the password is masked whatever it says. A connection
 * refused on every address of a host is an AggregateError with an empty message: its
 * errors say why.
 */
function reasonOf(error: unknown, password: string | null = null): string {
  const messages =
    error instanceof AggregateError && !error.message
      ? error.errors.map((inner: unknown) => messageOf(inner))
      : [messageOf(error)]
  let reason = [...new Set(messages.filter(Boolean))].join('; ') || 'unknown error'
  if (password) {
    for (const secret of new Set([password, decodedOrSame(password)])) {
      reason = reason.split(secret).join('***')
    }
  }
  return reason
}

function decodedOrSame(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message || codeOf(error) : String(error)
  return (text.split('\n')[0] ?? '').trim()
}

function codeOf(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : ''
}
