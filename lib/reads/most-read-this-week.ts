import '@/lib/server-only.ts'
import { getPostCardsBySlug, type PostCard } from '@/lib/content'
import { readCounter } from '@/lib/db/index.ts'
import { databaseConfig } from '@/lib/env/database.ts'
import { isBuildPhase } from '@/lib/env/phase.ts'
import { firstLineOf } from '@/lib/text/first-line.ts'

/** How many posts the home page's "Most read this week" shows. */
export const MOST_READ_SHOWN = 5

/**
 * The home page's "Most read this week": the five posts most read in the last seven days,
 * read when the page is rendered (at build and at each ISR revalidation, never per request).
 * Empty, never an error, when nothing was read yet or the database cannot be reached: the
 * home page is built without it. `next build` with PGlite leaves it empty on purpose: the
 * build's workers must not open the data folder a running server owns (one process per
 * PGlite folder); the server fills it at the page's first revalidation.
 */
export async function mostReadThisWeek(now = new Date()): Promise<PostCard[]> {
  if (isBuildPhase() && databaseConfig.kind === 'pglite') return []
  try {
    const counter = await readCounter()
    // A few more than shown: some may have been unpublished since they were read.
    const top = await counter.mostRead({ days: 7, limit: MOST_READ_SHOWN * 2, now })
    const cards = await getPostCardsBySlug(top.map((entry) => entry.slug))
    return cards.slice(0, MOST_READ_SHOWN)
  } catch (error) {
    console.warn(`reads: the home page is built without Most read: ${firstLineOf(error)}`)
    return []
  }
}
