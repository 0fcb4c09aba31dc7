import { describe, expect, it } from 'vitest'
import {
  CLOCK_MARGIN_MS,
  createSchedule,
  RECHECK_EVERY_MS,
  webhookBodyFor,
  type DuePost,
} from './schedule.ts'
import { parsePublishEvent, stalePaths, NOTHING_FOUND } from './webhook-change.ts'

// The timer over a pretend clock and a pretend Content Lake: posts with dates, a `now()`
// that may run behind ours, and a `publish` that records what it was handed.

const T0 = Date.parse('2026-12-12T03:00:00.000Z')
const iso = (ms: number) => new Date(ms).toISOString()

function world({
  lakeBehindMs = 0,
  log = () => {},
}: { lakeBehindMs?: number; log?: (line: string) => void } = {}) {
  let clock = T0
  const posts = new Map<string, string>()
  const published: string[][] = []
  let failPublish = 0
  let timer: { run: () => void; at: number } | null = null
  const lakeNow = () => clock - lakeBehindMs
  const post = (id: string, date: string): DuePost => ({
    _id: id,
    _type: 'post',
    slug: id,
    publishedAt: date,
    categories: [],
    author: null,
  })
  const schedule = createSchedule({
    now: () => clock,
    nextScheduled: async () => {
      const future = [...posts.values()].filter((d) => Date.parse(d) > lakeNow()).sort()
      return future[0] ?? null
    },
    duePosts: async (since) =>
      [...posts.entries()]
        .filter(([, d]) => Date.parse(d) > Date.parse(since) && Date.parse(d) <= lakeNow())
        .sort(([, a], [, b]) => a.localeCompare(b))
        .map(([id, d]) => post(id, d)),
    publish: async (due) => {
      if (failPublish > 0) {
        failPublish--
        throw new Error('self-call refused')
      }
      published.push(due.map((p) => p._id))
    },
    setTimer: (run, ms) => (timer = { run, at: clock + ms }),
    clearTimer: () => (timer = null),
    log,
  })
  /** Moves the clock on, firing the timer (and awaiting its check) whenever it is due. */
  const advance = async (ms: number) => {
    const until = clock + ms
    while (timer && timer.at <= until) {
      clock = timer.at
      const { run } = timer
      timer = null
      run()
      await flush()
    }
    clock = until
  }
  return {
    schedule,
    posts,
    published,
    advance,
    failNextPublishes: (n: number) => (failPublish = n),
    timerAt: () => timer?.at ?? null,
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the scheduled posts timer', () => {
  it('waits for the soonest date, then publishes that post once', async () => {
    const w = world()
    w.posts.set('later', iso(T0 + 90_000))
    w.posts.set('sooner', iso(T0 + 60_000))
    w.posts.set('old', iso(T0 - 3_600_000))
    await w.schedule.check()
    expect(w.schedule.nextDate()).toBe(iso(T0 + 60_000))
    // Never longer than the periodic re-check, which catches what this instance missed.
    expect(w.timerAt()).toBe(T0 + RECHECK_EVERY_MS)
    await w.advance(59_000)
    expect(w.published).toEqual([])
    await w.advance(2_000 + CLOCK_MARGIN_MS)
    expect(w.published).toEqual([['sooner']])
    expect(w.schedule.nextDate()).toBe(iso(T0 + 90_000))
    await w.advance(31_000)
    expect(w.published).toEqual([['sooner'], ['later']])
    // Nothing left: checks go on, nothing is published twice.
    await w.advance(10 * RECHECK_EVERY_MS)
    expect(w.published).toEqual([['sooner'], ['later']])
    expect(w.schedule.nextDate()).toBeNull()
  })

  it('fires within a second of the date when it is sooner than the next re-check', async () => {
    const w = world()
    w.posts.set('soon', iso(T0 + 5_000))
    await w.schedule.check()
    expect(w.timerAt()).toBe(T0 + 5_000 + CLOCK_MARGIN_MS)
  })

  it('publishes posts sharing a moment together', async () => {
    const w = world()
    w.posts.set('a', iso(T0 + 10_000))
    w.posts.set('b', iso(T0 + 10_000))
    await w.schedule.check()
    await w.advance(12_000)
    expect(w.published).toEqual([['a', 'b']])
  })

  it('follows a moved date and an unscheduled post when told again (a webhook)', async () => {
    const w = world()
    w.posts.set('moved', iso(T0 + 20_000))
    await w.schedule.check()
    // Moved an hour later, then checked again by the webhook.
    w.posts.set('moved', iso(T0 + 3_600_000))
    await w.schedule.check()
    expect(w.schedule.nextDate()).toBe(iso(T0 + 3_600_000))
    await w.advance(25_000)
    expect(w.published).toEqual([])
    // Unscheduled (its date taken away: no longer published at all).
    w.posts.delete('moved')
    await w.schedule.check()
    expect(w.schedule.nextDate()).toBeNull()
    await w.advance(2 * 3_600_000)
    expect(w.published).toEqual([])
  })

  it('learns of a post scheduled on another instance at its next re-check', async () => {
    const w = world()
    await w.schedule.check()
    // The webhook went elsewhere; this instance's own re-check finds it.
    w.posts.set('elsewhere', iso(T0 + 40_000))
    await w.advance(RECHECK_EVERY_MS)
    expect(w.schedule.nextDate()).toBe(iso(T0 + 40_000))
    await w.advance(12_000)
    expect(w.published).toEqual([['elsewhere']])
  })

  it('waits for the Lake when its clock runs behind, and publishes when it agrees', async () => {
    const w = world({ lakeBehindMs: 2_500 })
    w.posts.set('p', iso(T0 + 10_000))
    await w.schedule.check()
    await w.advance(11_000)
    // Our clock has passed the date; the Lake's has not: no post yet, a quick look again.
    expect(w.published).toEqual([])
    expect(w.timerAt()! - (T0 + 11_000)).toBeLessThanOrEqual(CLOCK_MARGIN_MS)
    await w.advance(3_000)
    expect(w.published).toEqual([['p']])
  })

  it('tries again after a failed publish, and does not lose the post', async () => {
    const lines: string[] = []
    const w = world({ log: (line) => lines.push(line) })
    w.posts.set('p', iso(T0 + 10_000))
    await w.schedule.check()
    w.failNextPublishes(1)
    await w.advance(11_000)
    expect(w.published).toEqual([])
    expect(w.timerAt()).toBe(T0 + 11_000 + RECHECK_EVERY_MS)
    await w.advance(RECHECK_EVERY_MS)
    expect(w.published).toEqual([['p']])
    // One line when it failed, one when it worked again.
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain('self-call refused')
  })

  it('runs one check at a time; a call during one makes one more after it', async () => {
    let calls = 0
    let release: () => void = () => {}
    const schedule = createSchedule({
      now: () => T0,
      nextScheduled: async () => {
        calls++
        if (calls === 1) await new Promise<void>((resolve) => (release = resolve))
        return null
      },
      duePosts: async () => [],
      publish: async () => {},
      setTimer: () => null,
      clearTimer: () => {},
    })
    const first = schedule.check()
    await flush()
    const second = schedule.check()
    const third = schedule.check()
    release()
    await Promise.all([first, second, third])
    expect(calls).toBe(2)
  })

  it('names a due post as the publish webhook would, so the same pages are refreshed', () => {
    const event = parsePublishEvent(
      webhookBodyFor({
        _id: 'post-monday',
        _type: 'post',
        slug: 'monday',
        publishedAt: '2026-12-12T04:00:00.000Z',
        categories: ['category-love'],
        author: 'author-ann',
      }),
    )
    expect(event).toMatchObject({
      _id: 'post-monday',
      _type: 'post',
      slug: 'monday',
      previousSlug: 'monday',
      categories: ['category-love'],
      author: 'author-ann',
    })
    // Its address (in Nairobi's date), the home page, the feed and the sitemap at least.
    expect(stalePaths(event!, NOTHING_FOUND)).toEqual(
      expect.arrayContaining(['/', '/2026/12/12/monday', '/feed.xml', '/sitemap.xml']),
    )
  })
})
