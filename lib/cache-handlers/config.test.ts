import { describe, expect, it } from 'vitest'
import { resolveOutput, resolveSharedCache } from '../env/redis.ts'

// lib/env/redis.ts: REDIS_URL picks the shared cache (lib/cache-handlers/handler.mjs), NABADO_OUTPUT the
// standalone build. Wrong values stop the server (or the build) with the variable's name.

describe('REDIS_URL', () => {
  it('is optional: unset or blank keeps the disk cache', () => {
    expect(resolveSharedCache(undefined)).toBeUndefined()
    expect(resolveSharedCache('  ')).toBeUndefined()
  })

  it('names Redis in log lines without its credentials', () => {
    expect(resolveSharedCache('redis://:s3cret@cache.internal:6380/2')).toEqual({
      url: 'redis://:s3cret@cache.internal:6380/2',
      label: 'redis://cache.internal:6380/2',
    })
    expect(resolveSharedCache('rediss://user:pw@redis.example')?.label).toBe(
      'rediss://redis.example',
    )
  })

  it('refuses what is not a Redis address, naming the variable', () => {
    for (const value of ['localhost:6379', 'http://redis:6379', 'redis://redis:6379/cache']) {
      expect(() => resolveSharedCache(value)).toThrow(/REDIS_URL/)
    }
  })
})

describe('NABADO_OUTPUT', () => {
  it('is standalone or nothing', () => {
    expect(resolveOutput(undefined)).toBeUndefined()
    expect(resolveOutput('standalone')).toBe('standalone')
    expect(() => resolveOutput('export')).toThrow(/NABADO_OUTPUT/)
  })
})
