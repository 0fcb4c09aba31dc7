import { describe, expect, it } from 'vitest'
import { createTokenCache, type IssuedToken } from './token-cache.ts'

function setup(expiresInSeconds = 3599) {
  let clock = 1_000_000
  const requests: Array<{ resolve: (token: IssuedToken) => void; reject: (e: Error) => void }> = []
  const cache = createTokenCache(
    () => new Promise((resolve, reject) => requests.push({ resolve, reject })),
    () => clock,
  )
  const answer = (index: number, token: string) =>
    requests[index]?.resolve({ token, expiresInSeconds })
  return {
    cache,
    requests,
    answer,
    advance: (ms: number) => {
      clock += ms
    },
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('createTokenCache', () => {
  it('shares one request among 20 concurrent callers', async () => {
    const { cache, requests, answer } = setup()
    const callers = Array.from({ length: 20 }, () => cache.get())
    await flush()
    expect(requests).toHaveLength(1)
    answer(0, 't1')
    expect(await Promise.all(callers)).toEqual(Array(20).fill('t1'))
  })

  it('keeps the token until a minute before it expires', async () => {
    const { cache, requests, answer, advance } = setup(3599)
    const first = cache.get()
    await flush()
    answer(0, 't1')
    await first
    advance(3599_000 - 60_000 - 1)
    expect(await cache.get()).toBe('t1')
    expect(requests).toHaveLength(1)
    advance(1)
    const renewed = cache.get()
    await flush()
    expect(requests).toHaveLength(2)
    answer(1, 't2')
    expect(await renewed).toBe('t2')
  })

  it('renews a short-lived token halfway through its life', async () => {
    const { cache, requests, answer, advance } = setup(4)
    const first = cache.get()
    await flush()
    answer(0, 't1')
    await first
    advance(1999)
    expect(await cache.get()).toBe('t1')
    advance(1)
    void cache.get()
    await flush()
    expect(requests).toHaveLength(2)
  })

  it('does not keep a failure: the next caller asks again', async () => {
    const { cache, requests, answer } = setup()
    const callers = [cache.get(), cache.get()]
    await flush()
    requests[0]?.reject(new Error('network down'))
    for (const caller of callers) await expect(caller).rejects.toThrow('network down')
    const retry = cache.get()
    await flush()
    expect(requests).toHaveLength(2)
    answer(1, 't2')
    expect(await retry).toBe('t2')
  })

  it('forgets a refused token, but not a newer one', async () => {
    const { cache, requests, answer } = setup()
    const first = cache.get()
    await flush()
    answer(0, 't1')
    await first
    cache.invalidate('t1')
    const second = cache.get()
    await flush()
    expect(requests).toHaveLength(2)
    answer(1, 't2')
    expect(await second).toBe('t2')
    // A late 401 for the old token must not throw the new one away.
    cache.invalidate('t1')
    expect(await cache.get()).toBe('t2')
    expect(requests).toHaveLength(2)
  })
})
