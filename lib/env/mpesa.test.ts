import { describe, expect, it } from 'vitest'
import { DEFAULT_MPESA_API_URL, resolveMpesaConfig, type MpesaEnv } from './mpesa.ts'

const COMPLETE: MpesaEnv = {
  MPESA_CONSUMER_KEY: 'consumer-key',
  MPESA_CONSUMER_SECRET: 'consumer-secret-value',
  MPESA_PASSKEY: 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
  MPESA_SHORTCODE: '174379',
  MPESA_TILL: '9549825',
  MPESA_CALLBACK_URL: 'https://nabado.co.ke',
}

describe('resolveMpesaConfig', () => {
  it('is off (undefined) when nothing is set, or only blanks', () => {
    expect(resolveMpesaConfig({})).toBeUndefined()
    expect(
      resolveMpesaConfig({ MPESA_CONSUMER_KEY: '', MPESA_TILL: '  ', MPESA_API_URL: ' ' }),
    ).toBeUndefined()
  })

  it('reads a complete configuration, with production as the default host', () => {
    expect(resolveMpesaConfig(COMPLETE)).toEqual({
      apiUrl: DEFAULT_MPESA_API_URL,
      consumerKey: 'consumer-key',
      consumerSecret: 'consumer-secret-value',
      passkey: COMPLETE.MPESA_PASSKEY,
      shortcode: '174379',
      till: '9549825',
      callbackBase: 'https://nabado.co.ke',
      callbackAllow: [],
    })
  })

  it('trims values and trailing slashes', () => {
    const config = resolveMpesaConfig({
      ...COMPLETE,
      MPESA_TILL: ' 9549825 ',
      MPESA_API_URL: 'https://sandbox.safaricom.co.ke/',
      MPESA_CALLBACK_URL: 'https://nabado.co.ke/giving/',
    })
    expect(config?.till).toBe('9549825')
    expect(config?.apiUrl).toBe('https://sandbox.safaricom.co.ke')
    expect(config?.callbackBase).toBe('https://nabado.co.ke/giving')
  })

  it('names the first missing variable when half set', () => {
    expect(() => resolveMpesaConfig({ MPESA_TILL: '9549825' })).toThrow(
      /^MPESA_CONSUMER_KEY is missing: MPESA_TILL is set/,
    )
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_PASSKEY: ' ' })).toThrow(
      /^MPESA_PASSKEY is missing/,
    )
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_CALLBACK_URL: undefined })).toThrow(
      /^MPESA_CALLBACK_URL is missing/,
    )
  })

  it('refuses an optional variable without the credentials', () => {
    expect(() => resolveMpesaConfig({ MPESA_API_URL: 'https://sandbox.safaricom.co.ke' })).toThrow(
      /MPESA_API_URL is set but the M-Pesa credentials are not/,
    )
    expect(() => resolveMpesaConfig({ MPESA_CALLBACK_ALLOW: '196.201.214.200' })).toThrow(
      /MPESA_CALLBACK_ALLOW is set/,
    )
  })

  it('accepts only http(s) API addresses without credentials or query', () => {
    for (const bad of ['api.safaricom.co.ke', 'ftp://api.safaricom.co.ke', 'https://u:p@x.ke']) {
      expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_API_URL: bad })).toThrow(/MPESA_API_URL/)
    }
    expect(
      resolveMpesaConfig({ ...COMPLETE, MPESA_API_URL: 'http://127.0.0.1:4010' })?.apiUrl,
    ).toBe('http://127.0.0.1:4010')
  })

  it('wants an https callback address, except on loopback for the tests', () => {
    expect(() =>
      resolveMpesaConfig({ ...COMPLETE, MPESA_CALLBACK_URL: 'http://nabado.co.ke' }),
    ).toThrow(/MPESA_CALLBACK_URL must start with https:\/\//)
    expect(() =>
      resolveMpesaConfig({ ...COMPLETE, MPESA_CALLBACK_URL: 'https://nabado.co.ke/?a=1' }),
    ).toThrow(/MPESA_CALLBACK_URL must be a plain address/)
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_CALLBACK_URL: 'nabado.co.ke' })).toThrow(
      /MPESA_CALLBACK_URL must be a URL/,
    )
    for (const local of ['http://127.0.0.1:3100', 'http://localhost:3100', 'http://[::1]:3100']) {
      expect(resolveMpesaConfig({ ...COMPLETE, MPESA_CALLBACK_URL: local })?.callbackBase).toBe(
        local,
      )
    }
  })

  it('wants the store number and till as digits', () => {
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_TILL: '954 9825' })).toThrow(
      /MPESA_TILL must be the number Safaricom gave/,
    )
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_SHORTCODE: '12ab56' })).toThrow(
      /MPESA_SHORTCODE must be/,
    )
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_SHORTCODE: '1234' })).toThrow(
      /MPESA_SHORTCODE must be/,
    )
  })

  it('refuses secrets with spaces inside, without repeating them', () => {
    const secret = 'half pasted secret'
    expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_CONSUMER_SECRET: secret })).toThrow(
      /^MPESA_CONSUMER_SECRET must not contain spaces$/,
    )
  })

  it('reads an allow-list of addresses and ranges', () => {
    const config = resolveMpesaConfig({
      ...COMPLETE,
      MPESA_CALLBACK_ALLOW: '196.201.214.200, 196.201.212.0/24,,2001:db8::/32 ',
    })
    expect(config?.callbackAllow).toEqual(['196.201.214.200', '196.201.212.0/24', '2001:db8::/32'])
    for (const bad of ['196.201.214', '10.0.0.0/33', 'safaricom', '10.0.0.1/8/1', '::1/129']) {
      expect(() => resolveMpesaConfig({ ...COMPLETE, MPESA_CALLBACK_ALLOW: bad })).toThrow(
        new RegExp(`MPESA_CALLBACK_ALLOW .*"${bad.replace(/[./]/g, '\\$&')}"`),
      )
    }
  })
})
