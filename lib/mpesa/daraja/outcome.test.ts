import { describe, expect, it } from 'vitest'
import { outcomeOf, resultCodeText } from './outcome.ts'

describe('outcomeOf', () => {
  it.each([
    [0, 'paid'],
    ['0', 'paid'],
    [1032, 'cancelled'],
    ['1032', 'cancelled'],
    [1037, 'no-answer'],
    ['1037', 'no-answer'],
    [1, 'insufficient-funds'],
    ['1', 'insufficient-funds'],
    [2001, 'wrong-pin'],
    ['2001', 'wrong-pin'],
    [' 1032 ', 'cancelled'],
  ] as const)('reads %j as %s', (code, outcome) => {
    expect(outcomeOf(code)).toBe(outcome)
  })

  it.each([1001, '1019', 'SFC_IC0003', 1025, 9999, '', 'paid', -1, 1.5, 17])(
    'reads anything else (%j) as failed',
    (code) => {
      expect(outcomeOf(code)).toBe('failed')
    },
  )
})

describe('resultCodeText', () => {
  it('gives numbers and numeric strings one spelling', () => {
    expect(resultCodeText(0)).toBe('0')
    expect(resultCodeText('01032')).toBe('1032')
    expect(resultCodeText(' SFC_IC0003 ')).toBe('SFC_IC0003')
  })
})
