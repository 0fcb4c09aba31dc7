import { describe, expect, it } from 'vitest'
import { FORM_TOKEN_LIFETIME_HOURS, isValidFormToken, issueFormToken } from './form-token.ts'
import { givingKeys, keyedHash } from './keys.ts'

const keys = givingKeys({ passkey: 'passkey', consumerSecret: 'secret' })
const now = new Date('2026-12-06T05:00:00Z')
const hours = (n: number) => new Date(now.getTime() + n * 3600_000)

describe('form token', () => {
  it('is accepted for the lifetime of a cached page, then refused', () => {
    const token = issueFormToken(keys.form, now)
    expect(isValidFormToken(keys.form, token, now)).toBe(true)
    expect(isValidFormToken(keys.form, token, hours(FORM_TOKEN_LIFETIME_HOURS))).toBe(true)
    expect(isValidFormToken(keys.form, token, hours(FORM_TOKEN_LIFETIME_HOURS + 1))).toBe(false)
  })

  it('is refused when forged, altered, from another key or not a string', () => {
    const token = issueFormToken(keys.form, now)
    const other = givingKeys({ passkey: 'other', consumerSecret: 'secret' })
    expect(isValidFormToken(other.form, token, now)).toBe(false)
    const [hour, mac] = token.split('.')
    expect(
      isValidFormToken(keys.form, `${(parseInt(hour!, 36) + 1).toString(36)}.${mac}`, hours(2)),
    ).toBe(false)
    expect(isValidFormToken(keys.form, `${hour}.${'A'.repeat(43)}`, now)).toBe(false)
    for (const bad of [undefined, '', 'x', ['a'], 42, `${token}x`, 'a'.repeat(500)])
      expect(isValidFormToken(keys.form, bad, now)).toBe(false)
  })

  it('comes from keys that differ by purpose', () => {
    expect(keys.phone.equals(keys.client)).toBe(false)
    expect(keyedHash(keys.phone, '254712345678')).not.toBe(keyedHash(keys.client, '254712345678'))
    expect(keyedHash(keys.phone, '254712345678')).toBe(keyedHash(keys.phone, '254712345678'))
  })
})
