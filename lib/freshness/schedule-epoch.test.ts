import { describe, expect, it } from 'vitest'
import { scheduleEpoch, setNextScheduled } from './schedule-epoch.ts'

describe('the schedule epoch (the data cache key of the Sanity reads)', () => {
  it('changes at the known next moment, and again when the timer reads the one after', () => {
    const moment = Date.parse('2026-12-12T04:00:00Z')
    setNextScheduled(new Date(moment).toISOString())
    const before = scheduleEpoch(moment - 1)
    expect(scheduleEpoch(moment - 60_000)).toBe(before)
    const after = scheduleEpoch(moment)
    expect(after).not.toBe(before)
    setNextScheduled(new Date(moment + 3_600_000).toISOString())
    expect(scheduleEpoch(moment + 1_000)).not.toBe(after)
    setNextScheduled(null)
    expect(scheduleEpoch()).toBe('nabado.none')
    // What Sanity accepts as a request tag.
    for (const tag of [before, after]) expect(tag).toMatch(/^[a-z0-9._-]{1,75}$/i)
  })
})
