import { describe, expect, it } from 'vitest'
import { createCallbackSourceCheck } from './callback-allow.ts'

describe('createCallbackSourceCheck', () => {
  it('allows everyone when the list is empty', () => {
    const allowed = createCallbackSourceCheck([])
    expect(allowed('203.0.113.9')).toBe(true)
  })

  it('allows listed addresses and ranges only', () => {
    const allowed = createCallbackSourceCheck([
      '196.201.214.200',
      '196.201.212.0/24',
      '2001:db8::/32',
    ])
    expect(allowed('196.201.214.200')).toBe(true)
    expect(allowed('196.201.214.201')).toBe(false)
    expect(allowed('196.201.212.138')).toBe(true)
    expect(allowed('196.201.213.138')).toBe(false)
    expect(allowed('2001:db8::5')).toBe(true)
    expect(allowed('2001:db9::5')).toBe(false)
  })

  it('reads IPv4 addresses a dual-stack server reports as IPv6', () => {
    const allowed = createCallbackSourceCheck(['196.201.214.200'])
    expect(allowed('::ffff:196.201.214.200')).toBe(true)
    expect(allowed('::ffff:10.0.0.1')).toBe(false)
  })

  it('refuses what is not an address', () => {
    const allowed = createCallbackSourceCheck(['196.201.214.200'])
    expect(allowed('')).toBe(false)
    expect(allowed('unknown')).toBe(false)
  })
})
