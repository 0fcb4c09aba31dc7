import { describe, expect, it } from 'vitest'
import { nairobiDateTime, scheduledLabel } from './schedule-label.ts'

describe('the Studio’s scheduled label', () => {
  const now = Date.parse('2026-12-07T12:00:00Z')

  it('names a later date in Nairobi time, whatever the computer’s zone', () => {
    // 04:00 UTC is 07:00 in Nairobi (EAT, UTC+3).
    expect(scheduledLabel('2026-12-12T04:00:00Z', now)).toBe('Scheduled · 12 Dec 2026, 07:00 EAT')
    // Late in the UTC evening is already the next day in Nairobi.
    expect(nairobiDateTime('2026-12-12T22:30:00.000Z')).toBe('13 Dec 2026, 01:30 EAT')
  })

  it('says nothing for a date that has come, none, or one that is not a date', () => {
    expect(scheduledLabel('2026-12-07T11:59:59Z', now)).toBeNull()
    expect(scheduledLabel('2026-12-07T12:00:00Z', now)).toBeNull()
    expect(scheduledLabel(undefined, now)).toBeNull()
    expect(scheduledLabel('next Monday', now)).toBeNull()
  })
})
