import { describe, expect, it } from 'vitest'
import { formatPhoneNumber } from './phone.ts'

describe('formatPhoneNumber', () => {
  it('groups a Kenyan number 3-3-3 after the country code', () => {
    expect(formatPhoneNumber('+254701838999')).toBe('+254 701 838 999')
  })

  it('accepts a number already spaced or hyphenated', () => {
    expect(formatPhoneNumber('+254 701-838-999')).toBe('+254 701 838 999')
  })

  it('leaves other numbers as written', () => {
    expect(formatPhoneNumber('+44 20 7946 0958')).toBe('+44 20 7946 0958')
    expect(formatPhoneNumber('+2547018389')).toBe('+2547018389')
  })
})
