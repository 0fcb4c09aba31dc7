import { describe, expect, it } from 'vitest'
import { isoWithOffset, latest, rfc822 } from './dates.ts'

describe('isoWithOffset', () => {
  it('writes the time in Nairobi with its +03:00 offset', () => {
    expect(isoWithOffset('2026-02-28T06:00:00.000Z')).toBe('2026-02-28T09:00:00+03:00')
    // Late in the UTC evening it is already the next day in Nairobi.
    expect(isoWithOffset('2026-01-31T22:30:15Z')).toBe('2026-02-01T01:30:15+03:00')
  })

  it('names the same instant', () => {
    const iso = '2026-02-24T05:30:00.000Z'
    expect(new Date(isoWithOffset(iso)).getTime()).toBe(new Date(iso).getTime())
    expect(isoWithOffset(iso)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
  })

  it('refuses a non-date', () => {
    expect(() => isoWithOffset('yesterday')).toThrow(RangeError)
  })
})

describe('rfc822', () => {
  it('formats as RSS wants', () => {
    expect(rfc822('2026-02-28T06:00:00.000Z')).toBe('Sat, 28 Feb 2026 06:00:00 GMT')
  })
})

describe('latest', () => {
  it('picks the latest timestamp and ignores missing ones', () => {
    expect(latest(null, '2026-01-01T00:00:00Z', undefined, '2026-02-01T00:00:00Z')).toBe(
      '2026-02-01T00:00:00Z',
    )
    expect(latest(null, undefined)).toBeNull()
  })
})
