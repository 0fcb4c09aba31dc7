import { describe, expect, it } from 'vitest'
import {
  formatKes,
  MAX_AMOUNT_KES,
  MIN_AMOUNT_KES,
  parseAmount,
  PRESET_AMOUNTS_KES,
} from './amount.ts'

const accepted = (value: unknown) => {
  const result = parseAmount(value)
  return result.ok ? result.amount : `refused: ${result.reason}`
}
const reasonOf = (value: unknown) => {
  const result = parseAmount(value)
  return result.ok ? `accepted ${result.amount}` : result.reason
}

describe('parseAmount', () => {
  it('reads amounts as people type them', () => {
    expect(accepted('200')).toBe(200)
    expect(accepted(' 1,000 ')).toBe(1000)
    expect(accepted('10 000')).toBe(10_000)
    expect(accepted('KES 500')).toBe(500)
    expect(accepted('Ksh. 1,500')).toBe(1500)
    expect(accepted('Sh 50')).toBe(50)
    expect(accepted('200/=')).toBe(200)
    expect(accepted('0200')).toBe(200)
    expect(accepted('250,000')).toBe(MAX_AMOUNT_KES)
    expect(accepted(String(MIN_AMOUNT_KES))).toBe(MIN_AMOUNT_KES)
  })

  it('takes every preset', () => {
    for (const preset of PRESET_AMOUNTS_KES) expect(accepted(String(preset))).toBe(preset)
  })

  it('refuses decimals, negatives and malformed numbers with a reason', () => {
    expect(reasonOf('200.50')).toMatch(/Whole shillings only/)
    expect(reasonOf('200.')).toMatch(/Whole shillings only/)
    expect(reasonOf(99.5)).toMatch(/Whole shillings only/)
    expect(reasonOf('-100')).toMatch(/Enter an amount between KES 10 and KES 250,000/)
    expect(reasonOf('1,00')).toMatch(/as a number/)
    expect(reasonOf('10,0000')).toMatch(/as a number/)
    expect(reasonOf('1e3')).toMatch(/as a number/)
    expect(reasonOf('two hundred')).toMatch(/as a number/)
    expect(reasonOf('0x64')).toMatch(/as a number/)
    expect(reasonOf('Infinity')).toMatch(/as a number/)
  })

  it('refuses amounts outside M-Pesa limits', () => {
    expect(reasonOf('9')).toMatch(/smallest gift by M-Pesa is KES 10/)
    expect(reasonOf('0')).toMatch(/smallest gift/)
    expect(reasonOf(String(MAX_AMOUNT_KES + 1))).toMatch(/at most KES 250,000 in one payment/)
    expect(reasonOf('1,000,000')).toMatch(/at most/)
    expect(reasonOf('99999999999999999999')).toMatch(/at most/)
  })

  it('asks for an amount when none is given', () => {
    for (const empty of ['', '   ', 'KES', undefined, null, ['200']]) {
      expect(reasonOf(empty)).toMatch(/Choose or enter an amount/)
    }
  })
})

describe('formatKes', () => {
  it('groups thousands', () => {
    expect(formatKes(50)).toBe('KES 50')
    expect(formatKes(1000)).toBe('KES 1,000')
    expect(formatKes(12_300)).toBe('KES 12,300')
    expect(formatKes(250_000)).toBe('KES 250,000')
    expect(formatKes(1_234_567)).toBe('KES 1,234,567')
  })
})
