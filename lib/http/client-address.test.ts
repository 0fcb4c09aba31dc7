import { describe, expect, it } from 'vitest'
import { clientAddressOf } from './client-address.ts'

const request = (remoteAddress: string, forwarded?: string | string[]) => ({
  socket: { remoteAddress } as never,
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
})

describe('clientAddressOf', () => {
  it('takes the socket peer and ignores X-Forwarded-For with no trusted proxy', () => {
    expect(clientAddressOf(request('203.0.113.9', '198.51.100.1'), 0)).toBe('203.0.113.9')
  })
  it('spells IPv4-mapped IPv6 addresses as IPv4', () => {
    expect(clientAddressOf(request('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1')
  })
  it('reads one hop from the right behind one proxy, so a forged left entry is not used', () => {
    expect(clientAddressOf(request('127.0.0.1', '6.6.6.6, 198.51.100.7'), 1)).toBe('198.51.100.7')
  })
  it('reads two hops from the right behind two proxies, over repeated headers', () => {
    expect(clientAddressOf(request('127.0.0.1', ['6.6.6.6, 198.51.100.7', '10.0.0.2']), 2)).toBe(
      '198.51.100.7',
    )
  })
  it('falls back to the peer when a trusted proxy sent no header', () => {
    expect(clientAddressOf(request('10.0.0.2'), 1)).toBe('10.0.0.2')
  })
})
