import { describe, expect, it } from 'vitest'
import { nairobiMonth } from './nairobi-month.ts'

const iso = ({ from, to }: { from: Date; to: Date }) => [from.toISOString(), to.toISOString()]

describe('nairobiMonth', () => {
  it('is the month as Nairobi counts it, in UTC instants', () => {
    expect(iso(nairobiMonth(new Date('2026-12-07T02:37:00Z')))).toEqual([
      '2026-11-30T21:00:00.000Z',
      '2026-12-31T21:00:00.000Z',
    ])
  })

  it('turns over at midnight in Nairobi, 21:00 UTC the evening before', () => {
    expect(iso(nairobiMonth(new Date('2026-11-30T20:59:59Z')))[0]).toBe('2026-10-31T21:00:00.000Z')
    expect(iso(nairobiMonth(new Date('2026-11-30T21:00:00Z')))[0]).toBe('2026-11-30T21:00:00.000Z')
  })

  it('crosses the year', () => {
    expect(iso(nairobiMonth(new Date('2026-12-31T22:00:00Z')))).toEqual([
      '2026-12-31T21:00:00.000Z',
      '2027-01-31T21:00:00.000Z',
    ])
  })
})
