import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../lib/db/index.ts'
import type { GiftLedger, SettleInput } from '../lib/mpesa/giving/ledger.ts'

// `npm run donations` as the magazine runs it: a PGlite database in a folder of its own,
// filled through the ledger as the giving flow fills it, then the script in a process of its
// own (Node's type stripping, no Vitest), reading that folder through NABADO_DATA_DIR.

const SCRIPT = fileURLToPath(new URL('./donations.ts', import.meta.url))
const run = promisify(execFile)

let dataDir: string

/** The script with the data folder given, and no DATABASE_URL the shell might carry. */
async function donations(
  args: string[],
  env: { NABADO_DATA_DIR: string } = { NABADO_DATA_DIR: dataDir },
) {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      timeout: 60_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string }
    return { code: failed.code ?? -1, stdout: failed.stdout, stderr: failed.stderr }
  }
}

let serial = 0
async function attempt(
  ledger: GiftLedger,
  at: string,
  amount: number,
  lastThree: string,
  settled?: { input: SettleInput; after: number },
) {
  serial += 1
  const id = `gift-${serial}`
  const now = new Date(at)
  const created = await ledger.createAttempt({
    id,
    amount,
    phoneHash: `phone-${serial}`,
    clientHash: `client-${serial}`,
    phoneLastThree: lastThree,
    now,
  })
  expect(created).toEqual({ ok: true })
  const checkoutRequestId = `ws_CO_${id}`
  await ledger.markPrompted(id, {
    checkoutRequestId,
    merchantRequestId: `m-${id}`,
    now: new Date(now.getTime() + 1000),
  })
  if (settled) {
    const result = await ledger.settle(
      id,
      { ...settled.input, checkoutRequestId },
      'callback',
      new Date(now.getTime() + settled.after),
    )
    expect(result).toBe('settled')
  }
}

const paid = (receipt: string, amount: number): SettleInput => ({
  outcome: 'paid',
  resultCode: '0',
  resultDesc: 'The service request is processed successfully.',
  receipt,
  amount,
})

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nabado-donations-test-'))
  const database = await openDatabase({
    kind: 'pglite',
    dataDir: join(dataDir, 'pglite'),
    label: 'test',
  })
  const ledger = database.giftLedger()
  // 23:00 in Nairobi on 30 November: before the report's first day.
  await attempt(ledger, '2026-11-30T20:00:00Z', 500, '111', {
    input: paid('TKU0EARLY0', 500),
    after: 20_000,
  })
  // 00:30 in Nairobi on 1 December, though still 30 November in UTC: in the report.
  await attempt(ledger, '2026-11-30T21:30:00Z', 1000, '678', {
    input: paid('TKU1ABC2DE', 1000),
    after: 20_000,
  })
  await attempt(ledger, '2026-12-01T06:12:03Z', 200, '042', {
    input: {
      outcome: 'wrong-pin',
      resultCode: '2001',
      resultDesc: 'The initiator information is invalid.',
    },
    after: 30_000,
  })
  await attempt(ledger, '2026-12-01T07:00:00Z', 50, '913', {
    input: { outcome: 'cancelled', resultCode: '1032', resultDesc: 'Request cancelled by user' },
    after: 10_000,
  })
  await attempt(ledger, '2026-12-02T09:00:00Z', 2400, '205', {
    input: paid('TKU3XYZ4GH', 2400),
    after: 15_000,
  })
  await attempt(ledger, '2026-12-02T10:00:00Z', 100, '777', {
    input: { outcome: 'no-answer', resultCode: 'timeout', resultDesc: 'No answer in 3 minutes' },
    after: 180_000,
  })
  await attempt(ledger, '2026-12-03T12:00:00Z', 300, '321')
  // PGlite holds its folder: the script opens it only once this process has let go.
  await database.close()
}, 60_000)

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('npm run donations', () => {
  it('prints every attempt since the day, oldest first, as CSV and nothing else', async () => {
    const { code, stdout, stderr } = await donations(['--since', '2026-12-01', '--csv'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout.split('\r\n')).toEqual([
      'time,nairobi_time,amount_kes,receipt,phone_last_three,status,outcome,result_code',
      '2026-11-30T21:30:00Z,2026-12-01 00:30,1000,TKU1ABC2DE,678,paid,paid,0',
      '2026-12-01T06:12:03Z,2026-12-01 09:12,200,,042,failed,wrong-pin,2001',
      '2026-12-01T07:00:00Z,2026-12-01 10:00,50,,913,cancelled,cancelled,1032',
      '2026-12-02T09:00:00Z,2026-12-02 12:00,2400,TKU3XYZ4GH,205,paid,paid,0',
      '2026-12-02T10:00:00Z,2026-12-02 13:00,100,,777,no-answer,no-answer,timeout',
      '2026-12-03T12:00:00Z,2026-12-03 15:00,300,,321,pending,,',
      '',
    ])
  }, 60_000)

  it('prints the table with its summary', async () => {
    const { code, stdout } = await donations(['--since=2026-12-02'])
    expect(code).toBe(0)
    expect(stdout).toContain(
      '2026-12-02T09:00:00Z  2026-12-02 12:00  KES 2,400  TKU3XYZ4GH  •••205  paid',
    )
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('3 attempts, 1 paid, KES 2,400 received')
  }, 60_000)

  it('refuses a bad --since with one line and exit code 2, before any database', async () => {
    const { code, stdout, stderr } = await donations(['--since', '2026-12-32'], {
      NABADO_DATA_DIR: join(dataDir, 'nowhere'),
    })
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toBe(
      'donations: --since "2026-12-32" is not a date such as 2026-12-01 (npm run donations -- --help)\n',
    )
  }, 60_000)

  it('says in one line that there is no database, rather than making an empty one', async () => {
    const nowhere = join(dataDir, 'nowhere')
    const { code, stdout, stderr } = await donations(['--since', '2026-12-01'], {
      NABADO_DATA_DIR: nowhere,
    })
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr).toBe(
      `donations: no database in ${join(nowhere, 'pglite')} (set NABADO_DATA_DIR or DATABASE_URL)\n`,
    )
  }, 60_000)
})
