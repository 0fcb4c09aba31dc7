import { describe, expect, it } from 'vitest'
import { createClientLimit } from './client-limit.ts'

describe("one address's reads", () => {
  const at = (seconds: number) => new Date(Date.UTC(2031, 2, 1, 9, 0, seconds))

  it('are counted up to the limit in a minute, then again in the next', () => {
    const allow = createClientLimit({ perMinute: 3 })
    expect([0, 1, 2, 3, 59].map((s) => allow('203.0.113.7', at(s)))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
    // Another address has its own minute.
    expect(allow('203.0.113.8', at(59))).toBe(true)
    expect(allow('203.0.113.7', at(60))).toBe(true)
  })

  it('counts none with a limit of 0', () => {
    expect(createClientLimit({ perMinute: 0 })('203.0.113.7', at(0))).toBe(false)
  })

  it('forgets the oldest addresses past its size, so memory stays flat', () => {
    const allow = createClientLimit({ perMinute: 1, maxAddresses: 2 })
    expect(allow('a', at(0))).toBe(true)
    expect(allow('a', at(1))).toBe(false)
    allow('b', at(2))
    allow('c', at(3)) // 'a' is forgotten: its window starts again.
    expect(allow('a', at(4))).toBe(true)
    expect(allow('c', at(5))).toBe(false)
  })
})
