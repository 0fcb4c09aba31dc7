import '@/lib/server-only.ts'
import { isValidSlug, postPath } from '@/lib/addresses/permalink.ts'
import { getPostCardsBySlug } from '@/lib/content'
import { readCounter } from '@/lib/db/index.ts'
import type { ReadStats } from './counter.ts'

// What the Studio asks of the counts (pages/api/read-stats.ts): one post's reads, or the
// most read posts of 7 or 30 days. Aggregate numbers only: nothing about any reader exists.

export const MOST_READ_SPANS = [7, 30] as const
export type MostReadSpan = (typeof MOST_READ_SPANS)[number]
export const MOST_READ_LISTED = 20

export type MostReadPost = { slug: string; title: string; path: string; reads: number }

export type StatsQuery =
  | { kind: 'post'; slug: string }
  | { kind: 'most-read'; days: MostReadSpan }
  | { kind: 'invalid'; message: string }

/** `?slug=<slug>` or `?most-read=7|30`; anything else is a 400 with this message. */
export function parseStatsQuery(query: Record<string, string | string[] | undefined>): StatsQuery {
  const slug = query.slug
  const days = query['most-read']
  if (typeof slug === 'string' && days === undefined) {
    return isValidSlug(slug)
      ? { kind: 'post', slug }
      : { kind: 'invalid', message: 'slug must be a post slug (a-z, 0-9 and dashes)' }
  }
  if (typeof days === 'string' && slug === undefined) {
    const span = MOST_READ_SPANS.find((value) => String(value) === days)
    return span
      ? { kind: 'most-read', days: span }
      : { kind: 'invalid', message: 'most-read must be 7 or 30' }
  }
  return { kind: 'invalid', message: 'Ask for ?slug=<post slug> or ?most-read=7 or 30' }
}

export async function postReadStats(slug: string, now: Date): Promise<ReadStats> {
  const [stats] = await (await readCounter()).stats([slug], now)
  return stats!
}

export async function mostReadPosts(days: MostReadSpan, now: Date): Promise<MostReadPost[]> {
  const top = await (await readCounter()).mostRead({ days, limit: MOST_READ_LISTED, now })
  const cards = new Map(
    (await getPostCardsBySlug(top.map(({ slug }) => slug))).map((card) => [card.slug, card]),
  )
  // A post read then unpublished keeps its reads, listed by its slug alone.
  return top.map(({ slug, reads }) => {
    const card = cards.get(slug)
    return { slug, reads, title: card?.title ?? slug, path: card ? postPath(card) : '' }
  })
}
