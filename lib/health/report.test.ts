import { describe, expect, it } from 'vitest'
import { databaseState, healthReport, redisState } from './report.ts'

describe('the health report', () => {
  it('is ok when every configured dependency is up', () => {
    expect(healthReport('up', 'up')).toEqual({ status: 'ok', redis: 'up', database: 'up' })
    expect(healthReport('off', 'up').status).toBe('ok')
  })

  it('is degraded, never failed, when Redis or the database is down', () => {
    expect(healthReport('down', 'up')).toEqual({
      status: 'degraded',
      redis: 'down',
      database: 'up',
    })
    expect(healthReport('off', 'down').status).toBe('degraded')
  })

  it("reads Redis from the shared cache's link", () => {
    expect(redisState(undefined)).toBe('off')
    expect(redisState({ up: true, outage: false })).toBe('up')
    expect(redisState({ up: false, outage: true })).toBe('down')
    // A command just failed: cooling down before the outage is declared.
    expect(redisState({ up: false, outage: false })).toBe('down')
  })

  it('counts a database that fails or does not answer in time as down', async () => {
    expect(await databaseState(async () => {})).toBe('up')
    expect(await databaseState(() => Promise.reject(new Error('ECONNREFUSED')))).toBe('down')
    const never = () => new Promise<void>(() => {})
    expect(await databaseState(never, 20)).toBe('down')
  })
})
