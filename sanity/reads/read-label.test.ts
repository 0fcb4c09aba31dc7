import { describe, expect, it } from 'vitest'
import { readLabel, readsLabel } from './read-label.ts'

describe("a post's reads in the Studio", () => {
  it('says how often it was read this week and in all, with thousands separated', () => {
    expect(readLabel({ lastSevenDays: 1234, total: 5678 })).toBe(
      'Read 1,234 times in the last 7 days · 5,678 in all',
    )
    expect(readLabel({ lastSevenDays: 1, total: 1 })).toBe(
      'Read 1 time in the last 7 days · 1 in all',
    )
    expect(readLabel({ lastSevenDays: 0, total: 12 })).toBe(
      'Read 0 times in the last 7 days · 12 in all',
    )
    expect(readsLabel(1)).toBe('1 read')
    expect(readsLabel(10_000)).toBe('10,000 reads')
  })
})
