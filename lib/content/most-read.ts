import '@/lib/server-only.ts'
import { POST_CARDS_BY_SLUG_QUERY } from '@/sanity/queries.ts'
import { source, tags } from './active-source.ts'
import { read, readable } from './source.ts'
import type { PostCard } from './types.ts'

/**
 * The cards of the readable posts with these slugs, in the order given (the most read first,
 * as lib/reads/ counted them); a slug no longer readable (unpublished, renamed) is left out.
 */
export async function getPostCardsBySlug(slugs: readonly string[]): Promise<PostCard[]> {
  if (slugs.length === 0) return []
  const cards = readable(
    await read(source, POST_CARDS_BY_SLUG_QUERY, { slugs: [...slugs] }, [tags.posts]),
  )
  const bySlug = new Map(cards.map((card) => [card.slug, card]))
  return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
}
