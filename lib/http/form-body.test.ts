import { describe, expect, it } from 'vitest'
import { isUrlEncodedForm, parseFormBody } from './form-body.ts'

const fieldsOf = (text: string) => {
  const body = parseFormBody(text)
  return body.ok ? Object.fromEntries(body.fields) : null
}

describe('parseFormBody', () => {
  it('reads the fields a browser posts, + as a space and escapes decoded', () => {
    expect(fieldsOf('phone=0712+345+678&amount=1%2C000&token=abc.def')).toEqual({
      phone: '0712 345 678',
      amount: '1,000',
      token: 'abc.def',
    })
  })

  it('decodes UTF-8 escapes', () => {
    expect(fieldsOf('name=%F0%9F%99%82%20Wanjik%C5%A9')).toEqual({ name: '🙂 Wanjikũ' })
  })

  it('keeps the first of a repeated name and reads names without values', () => {
    expect(fieldsOf('amount=200&amount=5000&flag')).toEqual({ amount: '200', flag: '' })
  })

  it('reads an empty body as no fields', () => {
    expect(fieldsOf('')).toEqual({})
  })

  it.each([
    ['a broken escape', 'phone=%E2%82'],
    ['a lone percent', 'amount=100%'],
    ['an escape that is not UTF-8', 'phone=%FF%FE'],
    ['a raw byte outside ASCII', 'phone=07１２'],
    ['a control character', 'phone=07\n12'],
    ['too many fields', Array.from({ length: 17 }, (_, i) => `f${i}=1`).join('&')],
  ])('refuses %s', (_, text) => {
    expect(parseFormBody(text)).toEqual({ ok: false })
  })
})

describe('isUrlEncodedForm', () => {
  it.each([
    ['application/x-www-form-urlencoded', true],
    ['Application/X-WWW-Form-Urlencoded; charset=UTF-8', true],
    ['multipart/form-data; boundary=x', false],
    ['application/json', false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isUrlEncodedForm(type)).toBe(expected)
  })
})
