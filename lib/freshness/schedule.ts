import { firstLineOf } from '../text/first-line.ts'

// Scheduled posts: a published post dated later is in no reader read until its moment
// (READABLE_POST, sanity/queries.ts). Nothing happens at that moment by itself: cached pages
// (ISR, Redis) keep what they showed. This timer knows the next publish date still to come
// and, when it passes, hands the posts that came due to `publish`, which runs the same
// revalidation a publish webhook runs (lib/freshness/schedule-process.ts). Pure: time,
// timers and reads are given, so the unit test drives them.

/** A post whose publish date came, as DUE_POSTS_QUERY names it. */
export type DuePost = {
  _id: string
  _type: string
  slug: string | null
  publishedAt: string | null
  categories: string[] | null
  author: string | null
}

/** The webhook's projection (lib/freshness/webhook-change.ts) for a post that came due. */
export function webhookBodyFor(post: DuePost): Record<string, unknown> {
  return {
    _id: post._id,
    _type: post._type,
    operation: 'update',
    slug: post.slug,
    previousSlug: post.slug,
    publishedAt: post.publishedAt,
    previousPublishedAt: post.publishedAt,
    categories: post.categories ?? [],
    previousCategories: post.categories ?? [],
    author: post.author,
    previousAuthor: post.author,
  }
}

export type ScheduleDeps = {
  /** The soonest publish date still to come (ISO), or null. A fresh read. */
  nextScheduled: () => Promise<string | null>
  /** The posts whose date came after `since` (ISO) and has passed, soonest first. */
  duePosts: (since: string) => Promise<DuePost[]>
  /** Refreshes the pages of these posts (the webhook's revalidation); throws when it could not. */
  publish: (posts: DuePost[]) => Promise<void>
  /** Told the next date after every check that read it. */
  onNext?: (next: string | null) => void
  now?: () => number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  log?: (line: string) => void
}

/**
 * The longest one wait may be: Node's setTimeout takes at most 2^31-1 ms (~24.8 days) and
 * fires at once beyond it. The re-check below keeps every wait far shorter anyway.
 */
export const MAX_TIMER_MS = 2_147_483_647

/**
 * A check this often whatever the timer says: an instance that did not get the webhook for
 * a newly scheduled post (it reached another one), or whose last check failed, learns
 * of it within this time. Also what a failed check waits before trying again.
 */
export const RECHECK_EVERY_MS = 30_000

/**
 * How long after a post's date the timer fires: the Content Lake's clock, which decides
 * `now()` in the query, may run a little behind this server's. A check that finds the post
 * not yet due while its date has passed here tries again after this much.
 */
export const CLOCK_MARGIN_MS = 1_000

export type Schedule = {
  /** Publishes what came due and arms the timer for the next date; one at a time. */
  check: () => Promise<void>
  /** When the timer will next fire (ms since 1970), or null. */
  armedFor: () => number | null
  /** The publish date the timer waits for (ISO), or null. */
  nextDate: () => string | null
  stop: () => void
}

export function createSchedule(deps: ScheduleDeps): Schedule {
  const now = deps.now ?? Date.now
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms).unref())
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout))
  const log = deps.log ?? console.warn

  // The posts dated up to `since` have been handed to `publish` (or were readable when this
  // process started: its pages were rendered with them).
  let since = new Date(now()).toISOString()
  let timer: unknown
  let firesAt: number | null = null
  let next: string | null = null
  let running: Promise<void> | null = null
  let again = false
  let stopped = false
  // One log line when checks start failing (Sanity down, the self-call refused), one when
  // they work again: an outage is not a line every 30 s.
  let failing = false

  const arm = (at: number) => {
    if (timer !== undefined) clearTimer(timer)
    const delay = Math.min(Math.max(at - now(), 0), MAX_TIMER_MS)
    firesAt = now() + delay
    timer = setTimer(() => {
      timer = undefined
      void check()
    }, delay)
  }

  const once = async () => {
    try {
      const due = await deps.duePosts(since)
      if (due.length > 0) {
        await deps.publish(due)
        // Only as far as the posts the query saw due: a post the Lake's clock does not yet
        // count as due (it runs behind ours) is found by the next check.
        since = due.reduce((latest, post) => {
          const date = post.publishedAt ?? latest
          return Date.parse(date) > Date.parse(latest) ? date : latest
        }, since)
      }
      next = await deps.nextScheduled()
      deps.onNext?.(next)
    } catch (error) {
      if (!failing) {
        log(
          `[schedule] cannot check scheduled posts just now, trying every ${RECHECK_EVERY_MS / 1000} s: ${firstLineOf(error)}`,
        )
      }
      failing = true
      arm(now() + RECHECK_EVERY_MS)
      return
    }
    if (failing) log('[schedule] checking scheduled posts again')
    failing = false
    const nextAt = next === null ? Number.NaN : Date.parse(next)
    const recheck = now() + RECHECK_EVERY_MS
    if (Number.isNaN(nextAt)) arm(recheck)
    else if (nextAt <= now()) arm(now() + CLOCK_MARGIN_MS)
    else arm(Math.min(nextAt + CLOCK_MARGIN_MS, recheck))
  }

  // One check at a time; a call during one runs once more after it (a webhook during a
  // check may have moved the next date).
  const check = async (): Promise<void> => {
    if (stopped) return
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await once()
      } while (again && !stopped)
    })().finally(() => {
      running = null
    })
    return running
  }

  return {
    check,
    armedFor: () => firesAt,
    nextDate: () => next,
    stop: () => {
      stopped = true
      if (timer !== undefined) clearTimer(timer)
      timer = undefined
      firesAt = null
    },
  }
}
