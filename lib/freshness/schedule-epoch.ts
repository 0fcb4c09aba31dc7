// Which side of the next scheduled post's moment a read is on, as this process knows it
// (the timer, lib/freshness/schedule-process.ts, tells it the next date after every check).
// The Sanity source puts it on each cached read as Sanity's request tag, which is part of the
// address and so of the key of Next.js's data cache: an answer read before a post's moment
// (a `now()` query whose answer the moment changed) is never handed out after it. Pages
// Router pages do not use that cache; the App Router's routes (the feed, the sitemap, share
// images) do, and a revalidation of them reads through it (docs/architecture.md).

const EPOCH = Symbol.for('nabado.schedule.epoch')
type EpochState = { next: string | null | undefined }
const globalForEpoch = globalThis as { [EPOCH]?: EpochState }
const state = (): EpochState => (globalForEpoch[EPOCH] ??= { next: undefined })

/** The timer's latest reading of the next publish date still to come (ISO, or null). */
export function setNextScheduled(next: string | null): void {
  state().next = next
}

/**
 * A request tag (letters, digits, dots and hyphens, as Sanity allows): `before.<ms>` until
 * the known next date, `after.<ms>` from it (until the timer reads the one after), `none`
 * with nothing scheduled, `unknown` before the timer's first check (and during a build).
 */
export function scheduleEpoch(now: number = Date.now()): string {
  const { next } = state()
  if (next === undefined) return 'nabado.unknown'
  if (next === null) return 'nabado.none'
  const at = Date.parse(next)
  if (Number.isNaN(at)) return 'nabado.none'
  return `nabado.${now < at ? 'before' : 'after'}.${at}`
}
