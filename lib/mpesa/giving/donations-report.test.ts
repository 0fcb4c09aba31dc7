import { describe, expect, it } from 'vitest'
import {
  csvField,
  formatCsv,
  formatTable,
  parseReportArgs,
  parseSince,
  summaryLine,
} from './donations-report.ts'
import type { GiftRecord } from './ledger.ts'

function gift(overrides: Partial<GiftRecord>): GiftRecord {
  return {
    id: 'g',
    amount: 100,
    state: 'pending',
    outcome: null,
    resultCode: null,
    receipt: null,
    checkoutRequestId: null,
    merchantRequestId: null,
    phoneLastThree: '678',
    createdAt: new Date('2026-12-01T06:12:03.456Z'),
    promptedAt: null,
    settledAt: null,
    ...overrides,
  }
}

const GIFTS: GiftRecord[] = [
  gift({
    amount: 1000,
    state: 'paid',
    outcome: 'paid',
    resultCode: '0',
    receipt: 'TLK1ABC2DE',
  }),
  gift({
    amount: 200,
    state: 'failed',
    outcome: 'wrong-pin',
    resultCode: '2001',
    phoneLastThree: '042',
    createdAt: new Date('2026-12-01T21:30:00Z'),
  }),
  gift({
    amount: 50,
    state: 'failed',
    outcome: 'failed',
    resultCode: 'SFC_IC0003',
    createdAt: new Date('2026-12-02T08:00:00Z'),
  }),
  gift({ amount: 2400, state: 'paid', outcome: 'paid', receipt: 'TLK9ZZZ9ZZ' }),
  gift({ amount: 10, createdAt: new Date('2026-12-03T10:00:00Z') }),
]

describe('parseReportArgs', () => {
  it('takes --since as a separate or an inline value, and --csv', () => {
    expect(parseReportArgs(['--since', '2026-12-01'])).toEqual({
      ok: true,
      options: { help: false, since: new Date('2026-11-30T21:00:00Z'), csv: false },
    })
    expect(parseReportArgs(['--csv', '--since=2026-12-01'])).toEqual({
      ok: true,
      options: { help: false, since: new Date('2026-11-30T21:00:00Z'), csv: true },
    })
  })

  it('answers --help whatever else is there', () => {
    expect(parseReportArgs(['--help'])).toEqual({ ok: true, options: { help: true } })
    expect(parseReportArgs(['--bogus', '-h'])).toEqual({ ok: true, options: { help: true } })
  })

  it.each([
    [[], '--since YYYY-MM-DD is required'],
    [['--csv'], '--since YYYY-MM-DD is required'],
    [['--since'], '--since needs a date'],
    [['--since', '--csv'], '--since needs a date'],
    [['--since='], '--since needs a date'],
    [['--since', '2026-13-01'], '--since "2026-13-01" is not a date such as 2026-12-01'],
    [['--since', 'yesterday'], '--since "yesterday" is not a date such as 2026-12-01'],
    [['--since', '2026-12-01', '--since', '2026-12-02'], '--since is given twice'],
    [['--since', '2026-12-01', '--json'], 'unknown argument "--json"'],
    [['--since', '2026-12-01', 'extra'], 'unknown argument "extra"'],
    [['--since', '2026-12-01', '--csv=yes'], 'unknown argument "--csv=yes"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseReportArgs(argv)).toEqual({ ok: false, message })
  })
})

describe('parseSince', () => {
  it('reads a day as from its midnight in Nairobi (UTC+3)', () => {
    expect(parseSince('2026-12-01')).toEqual(new Date('2026-11-30T21:00:00Z'))
    expect(parseSince('2024-02-29')).toEqual(new Date('2024-02-28T21:00:00Z'))
  })

  it('reads a time only with its zone', () => {
    expect(parseSince('2026-12-01T09:00+03:00')).toEqual(new Date('2026-12-01T06:00:00Z'))
    expect(parseSince('2026-12-01T06:00:00Z')).toEqual(new Date('2026-12-01T06:00:00Z'))
    expect(parseSince('2026-12-01T09:00')).toBeNull()
  })

  it.each(['2026-02-29', '2026-02-30', '2026-00-10', '2026-1-5', '01/12/2026', ''])(
    'refuses %j',
    (text) => expect(parseSince(text)).toBeNull(),
  )
})

describe('summaryLine', () => {
  it('counts the attempts and the paid ones, and adds up what was received', () => {
    expect(summaryLine(GIFTS)).toBe('5 attempts, 2 paid, KES 3,400 received')
    expect(summaryLine(GIFTS.slice(0, 1))).toBe('1 attempt, 1 paid, KES 1,000 received')
    expect(summaryLine([])).toBe('0 attempts, 0 paid, KES 0 received')
  })
})

describe('formatTable', () => {
  it('aligns the columns, right-aligns the amounts and ends with the summary', () => {
    expect(formatTable(GIFTS)).toBe(
      [
        'Time (UTC)            Nairobi              Amount  Receipt     Phone   Status',
        '--------------------  ----------------  ---------  ----------  ------  -----------------------',
        '2026-12-01T06:12:03Z  2026-12-01 09:12  KES 1,000  TLK1ABC2DE  •••678  paid',
        '2026-12-01T21:30:00Z  2026-12-02 00:30    KES 200              •••042  failed: wrong-pin',
        '2026-12-02T08:00:00Z  2026-12-02 11:00     KES 50              •••678  failed: code SFC_IC0003',
        '2026-12-01T06:12:03Z  2026-12-01 09:12  KES 2,400  TLK9ZZZ9ZZ  •••678  paid',
        '2026-12-03T10:00:00Z  2026-12-03 13:00     KES 10              •••678  pending',
        '',
        '5 attempts, 2 paid, KES 3,400 received',
        '',
      ].join('\n'),
    )
  })

  it('is the summary alone when there is nothing', () => {
    expect(formatTable([])).toBe('0 attempts, 0 paid, KES 0 received\n')
  })
})

describe('formatCsv', () => {
  it('is a header and one record per attempt, CRLF after each', () => {
    expect(formatCsv(GIFTS.slice(0, 3))).toBe(
      'time,nairobi_time,amount_kes,receipt,phone_last_three,status,outcome,result_code\r\n' +
        '2026-12-01T06:12:03Z,2026-12-01 09:12,1000,TLK1ABC2DE,678,paid,paid,0\r\n' +
        '2026-12-01T21:30:00Z,2026-12-02 00:30,200,,042,failed,wrong-pin,2001\r\n' +
        '2026-12-02T08:00:00Z,2026-12-02 11:00,50,,678,failed,failed,SFC_IC0003\r\n',
    )
    expect(formatCsv([])).toBe(
      'time,nairobi_time,amount_kes,receipt,phone_last_three,status,outcome,result_code\r\n',
    )
  })

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('TLK1ABC2DE')).toBe('TLK1ABC2DE')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('one\ntwo')).toBe('"one\ntwo"')
    expect(csvField('one\rtwo')).toBe('"one\rtwo"')
    expect(formatCsv([gift({ receipt: 'R,"1"' })])).toContain(',"R,""1""",678,')
  })
})
