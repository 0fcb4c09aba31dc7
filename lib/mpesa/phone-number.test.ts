import { describe, expect, it } from 'vitest'
import { isMsisdn, lastThreeDigits, normaliseKenyanPhoneNumber } from './phone-number.ts'

// How supporters actually write their numbers (forms, WhatsApp, business cards, copied text).
const ACCEPTED: Array<[input: string, msisdn: string]> = [
  ['0712 345 678', '254712345678'],
  ['0712345678', '254712345678'],
  ['0112345678', '254112345678'],
  ['0101 234 567', '254101234567'],
  ['+254 712 345678', '254712345678'],
  ['+254712345678', '254712345678'],
  ['254712345678', '254712345678'],
  ['712345678', '254712345678'],
  ['112345678', '254112345678'],
  ['0712-345-678', '254712345678'],
  ['0712.345.678', '254712345678'],
  ['(0712) 345 678', '254712345678'],
  ['+254 (0) 712 345 678', '254712345678'],
  ['+2540712345678', '254712345678'],
  ['254 0712 345 678', '254712345678'],
  ['00254 712 345 678', '254712345678'],
  ['  0722 000 111  ', '254722000111'],
  ['0799\u00a0123\u00a0456', '254799123456'],
  ['+254-110-123-456', '254110123456'],
  ['０７１２３４５６７８', '254712345678'],
  ['0712/345678', '254712345678'],
  ['+254 7 1234 5678', '254712345678'],
]

const REFUSED: Array<[input: string, reason: RegExp]> = [
  ['', /Enter the M-Pesa phone number/],
  ['   ', /Enter the M-Pesa phone number/],
  ['020 123 4567', /landline/],
  ['0202 123456', /landline/],
  ['041 222 3333', /landline/],
  ['+254 20 1234567', /landline/],
  ['+255 712 345 678', /not a Kenyan number/],
  ['+44 7911 123456', /not a Kenyan number/],
  ['447911123456', /not a Kenyan number/],
  ['256712345678', /not a Kenyan number/],
  ['0712 345 67O', /only digits/],
  ['call me', /only digits/],
  ['0712345678, 0722000111', /only digits/],
  ['0712 345', /too short/],
  ['1234', /too short/],
  ['+254 712 345', /too short/],
  ['+', /too short/],
  ['07123456789', /too long/],
  ['7123456789', /too long/],
  ['+254 712 345 6789', /too long/],
  ['0800 720 000', /not a Kenyan mobile number/],
  ['0123 456 789', /not a Kenyan mobile number/],
  ['++254712345678', /not a Kenyan mobile number/],
]

describe('normaliseKenyanPhoneNumber', () => {
  it.each(ACCEPTED)('accepts %j as %s', (input, msisdn) => {
    expect(normaliseKenyanPhoneNumber(input)).toEqual({ ok: true, msisdn })
  })

  it.each(REFUSED)('refuses %j with a plain reason', (input, reason) => {
    const result = normaliseKenyanPhoneNumber(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it('always answers a sentence, never an empty reason', () => {
    for (const [input] of REFUSED) {
      const result = normaliseKenyanPhoneNumber(input)
      if (!result.ok) expect(result.reason).toMatch(/^[A-Z].+\.$/)
    }
  })

  it('gives only numbers Daraja accepts', () => {
    for (const [input] of ACCEPTED) {
      const result = normaliseKenyanPhoneNumber(input)
      if (result.ok) expect(isMsisdn(result.msisdn)).toBe(true)
    }
  })
})

describe('lastThreeDigits', () => {
  it('keeps the last three digits of a normalised number', () => {
    expect(lastThreeDigits('254712345678')).toBe('678')
    expect(lastThreeDigits('254110123456')).toBe('456')
  })

  it('refuses anything that was not normalised first', () => {
    expect(() => lastThreeDigits('0712345678')).toThrow(/254XXXXXXXXX/)
    expect(() => lastThreeDigits('')).toThrow()
  })
})
