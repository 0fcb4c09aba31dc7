import '@/lib/server-only.ts'
import { DUE_POSTS_QUERY, NEXT_SCHEDULED_QUERY } from '@/sanity/queries.ts'
import type { DuePost } from '../freshness/schedule.ts'
import { source } from './active-source.ts'
import { read } from './source.ts'

// What the scheduled posts' timer reads (lib/freshness/schedule.ts): always fresh, since it
// asks what the clock has made true just now, which no cached answer knows.

/** How many posts coming due at once the timer refreshes per check (the rest next check). */
export const DUE_POSTS_LIMIT = 50

/** The soonest publish date still to come (ISO), or null when nothing is scheduled. */
export async function getNextScheduled(): Promise<string | null> {
  return (await read(source, NEXT_SCHEDULED_QUERY, {}, [], { fresh: true })) ?? null
}

/** The posts whose publish date came after `since` and has passed, soonest first. */
export async function listDuePosts(since: string): Promise<DuePost[]> {
  return read(source, DUE_POSTS_QUERY, { since, limit: DUE_POSTS_LIMIT }, [], { fresh: true })
}
