import '@/lib/server-only.ts'
import { cache } from 'react'
import { POST_SEO_QUERY } from '@/sanity/queries.ts'
import type { POST_SEO_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'

type PostSeoResult = NonNullable<POST_SEO_QUERY_RESULT>

/** What an article's metadata, JSON-LD and share image are made from (no body). */
export type PostSeo = Omit<PostSeoResult, 'slug' | 'publishedAt' | 'title'> & {
  slug: string
  publishedAt: string
  title: string
}

/** null when no readable post has this slug (the query only returns readable posts). */
export const getPostSeo = cache(async (slug: string): Promise<PostSeo | null> => {
  // Tagged `posts` too: an author's or category's new name shows in the metadata.
  return source.fetch<PostSeo | null>(POST_SEO_QUERY, { slug }, [tags.post(slug), tags.posts])
})
