import { describe, expect, it } from 'vitest'
import { resolveReadsPerMinute } from './reads.ts'

describe('NABADO_READS_PER_MINUTE', () => {
  it('defaults to 30 and takes a whole number', () => {
    expect(resolveReadsPerMinute(undefined)).toBe(30)
    expect(resolveReadsPerMinute(' ')).toBe(30)
    expect(resolveReadsPerMinute('0')).toBe(0)
    expect(resolveReadsPerMinute('1000000')).toBe(1_000_000)
  })

  it('refuses anything else, naming the variable', () => {
    for (const value of ['-1', '1.5', 'many', '1e9']) {
      expect(() => resolveReadsPerMinute(value)).toThrow(/NABADO_READS_PER_MINUTE/)
    }
  })
})
