import { describe, expect, it } from 'vitest'
import { firstLineOf } from './first-line.ts'

describe('firstLineOf', () => {
  it('keeps the first line of an error or of anything else thrown', () => {
    expect(firstLineOf(new Error('connect ECONNREFUSED\n    at stack'))).toBe(
      'connect ECONNREFUSED',
    )
    expect(firstLineOf('plain\nsecond')).toBe('plain')
    expect(firstLineOf(undefined)).toBe('undefined')
  })

  it('cuts to the length asked for', () => {
    expect(firstLineOf(new Error('x'.repeat(300)), 120)).toHaveLength(120)
  })
})
