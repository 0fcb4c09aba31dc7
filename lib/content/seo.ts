import '@/lib/server-only.ts'
import { cache } from 'react'
import { POST_SEO_QUERY } from '@/sanity/queries.ts'
import type { POST_SEO_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'
import { read, readable } from './source.ts'
import type { Readable } from './types.ts'

/** What an article's metadata, JSON-LD and share image are made from (no body). */
export type PostSeo = Readable<NonNullable<POST_SEO_QUERY_RESULT>>

/** null when no readable post has this slug (the query only returns readable posts). */
export const getPostSeo = cache(async (slug: string): Promise<PostSeo | null> => {
  // Tagged `posts` too: an author's or category's new name shows in the metadata.
  return readable(await read(source, POST_SEO_QUERY, { slug }, [tags.post(slug), tags.posts]))
})
