// The magazine's report of gifts by M-Pesa (`npm run donations`, #24), the part without a
// database: its arguments, and the attempts as an aligned table or as CSV. scripts/donations.ts
// opens the database and prints what these functions return. Relative imports, so that Node
// runs it as is.
import { formatKes } from '../amount.ts'
import type { GiftRecord } from './ledger.ts'

export const USAGE = `Usage: npm run donations -- --since YYYY-MM-DD [--csv]

Every gift attempt by M-Pesa created since the date (from midnight in Nairobi), oldest first:
its time, amount, M-Pesa receipt, the phone's last three digits and its status.

  --since DATE  YYYY-MM-DD, or a time with its zone (2026-12-01T09:00+03:00)
  --csv         CSV (RFC 4180) with a header row instead of the table
  --help        this text

The database is DATABASE_URL's, else PGlite in NABADO_DATA_DIR (default .data).`

export type ReportOptions = { help: true } | { help: false; since: Date; csv: boolean }

export type ParsedArgs = { ok: true; options: ReportOptions } | { ok: false; message: string }

/**
 * The command line after the script's name. `--since=DATE` works as well as `--since DATE`;
 * `--help` wins over everything else, so a reader asking for help gets it even with a typo.
 */
export function parseReportArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: true, options: { help: true } }
  let sinceText: string | undefined
  let csv = false
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg]
    if (name === '--csv' && inline === undefined) {
      csv = true
    } else if (name === '--since') {
      if (sinceText !== undefined) return refuse('--since is given twice')
      // `--since --csv` is a missing date, not a date called "--csv".
      const value = inline ?? (argv[index + 1]?.startsWith('--') ? undefined : argv[++index])
      if (value === undefined || value.trim() === '') return refuse('--since needs a date')
      sinceText = value.trim()
    } else {
      return refuse(`unknown argument ${JSON.stringify(arg)}`)
    }
  }
  if (sinceText === undefined) return refuse('--since YYYY-MM-DD is required')
  const since = parseSince(sinceText)
  if (since === null) {
    return refuse(`--since ${JSON.stringify(sinceText)} is not a date such as 2026-12-01`)
  }
  return { ok: true, options: { help: false, since, csv } }
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=')
  return [arg.slice(0, at), arg.slice(at + 1)]
}

function refuse(message: string): ParsedArgs {
  return { ok: false, message }
}

/** Nairobi is UTC+3 all year (no daylight saving): its midnight is 21:00 UTC the day before. */
const NAIROBI_OFFSET_MS = 3 * 3600_000

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
// A time must name its zone: "09:00" alone could be the server's or Nairobi's.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * A day means from its midnight in Nairobi, as the magazine counts its days ("gifts since 1
 * December" includes one at 00:30 EAT, which is still 30 November in UTC). An impossible date
 * (2026-02-30) is refused rather than rolled over into March.
 */
export function parseSince(text: string): Date | null {
  const day = DATE.exec(text)
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])]
    const utcMidnight = new Date(Date.UTC(year, month - 1, date))
    const sameDay =
      utcMidnight.getUTCFullYear() === year &&
      utcMidnight.getUTCMonth() === month - 1 &&
      utcMidnight.getUTCDate() === date
    return sameDay ? new Date(utcMidnight.getTime() - NAIROBI_OFFSET_MS) : null
  }
  if (!DATE_TIME.test(text)) return null
  const time = new Date(text)
  return Number.isNaN(time.getTime()) ? null : time
}

/** One attempt as the report shows it, every field already text. */
export type ReportRow = {
  /** ISO 8601 in UTC, to the second: 2026-12-01T06:12:03Z. */
  time: string
  /** The same moment on a Nairobi clock: 2026-12-01 09:12. */
  nairobi: string
  amount: number
  receipt: string
  phoneLastThree: string
  status: GiftRecord['state']
  /** What a final state came to (wrong-pin, insufficient-funds…); blank while pending. */
  outcome: string
  resultCode: string
}

export function reportRow(gift: GiftRecord): ReportRow {
  return {
    time: gift.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    nairobi: nairobiClock(gift.createdAt),
    amount: gift.amount,
    receipt: gift.receipt ?? '',
    phoneLastThree: gift.phoneLastThree,
    status: gift.state,
    outcome: gift.outcome ?? '',
    resultCode: gift.resultCode ?? '',
  }
}

function nairobiClock(date: Date): string {
  return new Date(date.getTime() + NAIROBI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * The status column: a failure says why when Daraja said (wrong-pin, insufficient-funds), or
 * its ResultCode when the outcome is only "failed"; the other states say it all themselves.
 */
function statusText(row: ReportRow): string {
  if (row.status !== 'failed') return row.status
  if (row.outcome && row.outcome !== 'failed') return `failed: ${row.outcome}`
  return row.resultCode ? `failed: code ${row.resultCode}` : 'failed'
}

/** "12 attempts, 7 paid, KES 3,400 received". */
export function summaryLine(gifts: readonly GiftRecord[]): string {
  const paid = gifts.filter((gift) => gift.state === 'paid')
  const received = paid.reduce((sum, gift) => sum + gift.amount, 0)
  const attempts = `${gifts.length} ${gifts.length === 1 ? 'attempt' : 'attempts'}`
  return `${attempts}, ${paid.length} paid, ${formatKes(received)} received`
}

type Column = { title: string; align: 'left' | 'right'; cell: (row: ReportRow) => string }

const TABLE_COLUMNS: readonly Column[] = [
  { title: 'Time (UTC)', align: 'left', cell: (row) => row.time },
  { title: 'Nairobi', align: 'left', cell: (row) => row.nairobi },
  { title: 'Amount', align: 'right', cell: (row) => formatKes(row.amount) },
  { title: 'Receipt', align: 'left', cell: (row) => row.receipt },
  // Bullets rather than asterisks: "***678" reads like a footnote in a terminal.
  { title: 'Phone', align: 'left', cell: (row) => `•••${row.phoneLastThree}` },
  { title: 'Status', align: 'left', cell: statusText },
]

/**
 * The readable report: a header, a rule, one line per attempt in columns two spaces apart,
 * a blank line and the summary. Every cell is one character per code unit (digits, ASCII, •), so
 * padEnd aligns them.
 */
export function formatTable(gifts: readonly GiftRecord[]): string {
  const rows = gifts.map(reportRow)
  const cells = [
    TABLE_COLUMNS.map((column) => column.title),
    ...rows.map((row) => TABLE_COLUMNS.map((column) => column.cell(row))),
  ]
  const widths = TABLE_COLUMNS.map((_, index) =>
    Math.max(...cells.map((line) => (line[index] ?? '').length)),
  )
  const lineOf = (line: readonly string[]) =>
    line
      .map((cell, index) => {
        const width = widths[index] ?? 0
        return TABLE_COLUMNS[index]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  // No attempts: the summary alone ("0 attempts, …") says it, without an empty table.
  if (rows.length === 0) return `${summaryLine(gifts)}\n`
  const rule = widths.map((width) => '-'.repeat(width))
  return (
    [...cells.slice(0, 1), rule, ...cells.slice(1)].map(lineOf).join('\n') +
    `\n\n${summaryLine(gifts)}\n`
  )
}

/**
 * The columns for a spreadsheet: the amount as a plain number of shillings (no "KES", no
 * thousands comma), the phone's digits without bullets, the outcome and Daraja's ResultCode
 * in columns of their own so that failures can be sorted by cause.
 */
const CSV_COLUMNS: readonly [string, (row: ReportRow) => string][] = [
  ['time', (row) => row.time],
  ['nairobi_time', (row) => row.nairobi],
  ['amount_kes', (row) => String(row.amount)],
  ['receipt', (row) => row.receipt],
  ['phone_last_three', (row) => row.phoneLastThree],
  ['status', (row) => row.status],
  ['outcome', (row) => row.outcome],
  ['result_code', (row) => row.resultCode],
]

/** RFC 4180: CRLF after every record, the header included; a field with a comma, a quote or
 * a line break is quoted, its quotes doubled. */
export function formatCsv(gifts: readonly GiftRecord[]): string {
  const records = [
    CSV_COLUMNS.map(([title]) => title),
    ...gifts.map(reportRow).map((row) => CSV_COLUMNS.map(([, cell]) => cell(row))),
  ]
  return records.map((fields) => fields.map(csvField).join(',') + '\r\n').join('')
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
