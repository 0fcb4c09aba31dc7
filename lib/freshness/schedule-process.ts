import '@/lib/server-only.ts'
import { randomBytes } from 'node:crypto'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { getNextScheduled, listDuePosts } from '@/lib/content'
import { ownOrigin } from '@/lib/env/server.ts'
import { setNextScheduled } from './schedule-epoch.ts'
import { createSchedule, webhookBodyFor, type DuePost, type Schedule } from './schedule.ts'

// The scheduled posts' timer in a running server (started by instrumentation.ts; re-armed
// by every publish webhook, pages/api/revalidate.ts). When a post comes due it calls this
// server's own /api/revalidate with the body Sanity's webhook would send for that post,
// signed with a secret only this process knows: pages revalidate with `res.revalidate`,
// which needs a request, and the webhook's route already does all a publish does (the
// stale pages rendered again, the post into the search index). Every instance runs its
// own timer and calls itself: with Redis the second render of a page is one more write of
// the same page, harmless; without it each instance refreshes its own cache.

const SCHEDULE = Symbol.for('nabado.schedule')
type ScheduleState = { schedule: Schedule; secret: string; started?: true }
const globalForSchedule = globalThis as { [SCHEDULE]?: ScheduleState }

/** How long one self-call may take (it renders a dozen pages, four at a time). */
const SELF_CALL_DEADLINE_MS = 60_000

/** This process's timer and secret (on globalThis: Next.js's module graphs share it). */
function state(): ScheduleState {
  return (globalForSchedule[SCHEDULE] ??= {
    secret: randomBytes(32).toString('hex'),
    schedule: createSchedule({
      nextScheduled: getNextScheduled,
      duePosts: listDuePosts,
      publish: publishDue,
      onNext: setNextScheduled,
    }),
  })
}

/**
 * The secret the timer signs its own calls with: random, made when the process starts,
 * never written anywhere. /api/revalidate takes a body signed with it as it takes Sanity's.
 */
export const scheduleSecret = (): string => state().secret

/** Started once per server process (instrumentation.ts): the first check at once. */
export function startScheduleTimer(): void {
  const current = state()
  if (current.started) return
  current.started = true
  void current.schedule.check()
}

/**
 * After a publish webhook: a post may have been scheduled, moved or unscheduled, so the
 * next date is read again (and anything due published). Never throws.
 */
export function rearmSchedule(): Promise<void> {
  return state().schedule.check()
}

async function publishDue(posts: DuePost[]): Promise<void> {
  const origin = ownOrigin()
  if (!origin) throw new Error('this server does not know its own address (PORT unset)')
  for (const post of posts) {
    const text = JSON.stringify(webhookBodyFor(post))
    const signature = await encodeSignatureHeader(text, Date.now(), scheduleSecret())
    const response = await fetch(`${origin}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
      body: text,
      signal: AbortSignal.timeout(SELF_CALL_DEADLINE_MS),
    })
    if (!response.ok) throw new Error(`/api/revalidate answered ${response.status}`)
    const report = (await response.json().catch(() => null)) as { revalidated?: string[] } | null
    console.info(
      `[schedule] ${post.slug} is out (${post.publishedAt}): ${report?.revalidated?.length ?? 0} pages refreshed`,
    )
  }
}
