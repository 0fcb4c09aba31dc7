import { describe, expect, it } from 'vitest'
import { compactPhoneNumber, formatPhoneNumber, telHref } from './phone.ts'

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

describe('compactPhoneNumber', () => {
  it('removes spaces, hyphens, dots and brackets', () => {
    expect(compactPhoneNumber('+254 701 838 999')).toBe('+254701838999')
    expect(compactPhoneNumber(' +254 (701) 838-999 ')).toBe('+254701838999')
    expect(compactPhoneNumber('+254.701.838.999')).toBe('+254701838999')
  })

  it('leaves a compact number unchanged', () => {
    expect(compactPhoneNumber('+254701838999')).toBe('+254701838999')
  })
})

describe('telHref', () => {
  it('builds a tel: link from the compact number', () => {
    expect(telHref('+254 701 838 999')).toBe('tel:+254701838999')
  })
})
