import { describe, expect, it } from 'vitest'
import { nairobiTimestamp, password } from './password.ts'

describe('password', () => {
  it("matches Safaricom's published sandbox example", () => {
    // Daraja's M-Pesa Express sample request: the sandbox shortcode 174379, its public
    // passkey, timestamp 20210628092408 and the Password Safaricom published for them.
    expect(
      password(
        '174379',
        'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
        '20210628092408',
      ),
    ).toBe(
      'MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4',
    )
  })

  it('changes with the timestamp', () => {
    expect(password('174379', 'key', '20210628092408')).not.toBe(
      password('174379', 'key', '20210628092409'),
    )
  })
})

describe('nairobiTimestamp', () => {
  it('is three hours ahead of UTC', () => {
    expect(nairobiTimestamp(new Date('2021-06-28T06:24:08Z'))).toBe('20210628092408')
  })

  it('turns the day over at 21:00 UTC, not at midnight UTC', () => {
    expect(nairobiTimestamp(new Date('2026-03-14T20:59:59Z'))).toBe('20260314235959')
    expect(nairobiTimestamp(new Date('2026-03-14T21:00:00Z'))).toBe('20260315000000')
    expect(nairobiTimestamp(new Date('2026-03-14T23:59:59Z'))).toBe('20260315025959')
    expect(nairobiTimestamp(new Date('2026-03-15T00:00:00Z'))).toBe('20260315030000')
  })

  it('turns months and years over', () => {
    expect(nairobiTimestamp(new Date('2026-12-31T21:30:05Z'))).toBe('20270101003005')
    expect(nairobiTimestamp(new Date('2028-02-28T22:00:00Z'))).toBe('20280229010000')
    expect(nairobiTimestamp(new Date('2026-06-30T23:00:00.999Z'))).toBe('20260701020000')
  })

  it("agrees with the time zone database's Africa/Nairobi", () => {
    const zone = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Africa/Nairobi',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    for (let hour = 0; hour < 24 * 400; hour += 7) {
      const date = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 1234)
      const part = (type: string) => zone.formatToParts(date).find((p) => p.type === type)?.value
      const expected = ['year', 'month', 'day', 'hour', 'minute', 'second'].map(part).join('')
      expect(nairobiTimestamp(date)).toBe(expected)
    }
  })
})
