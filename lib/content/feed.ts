import '@/lib/server-only.ts'
import { FEED_POSTS_QUERY } from '@/sanity/queries.ts'
import type { FEED_POSTS_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'
import { read, readable } from './source.ts'
import type { Readable } from './types.ts'

export type FeedPost = Readable<FEED_POSTS_QUERY_RESULT[number]>

/** How many of the newest posts the RSS feed carries, each in full. */
export const FEED_POST_LIMIT = 50

export async function listFeedPosts(limit: number = FEED_POST_LIMIT): Promise<FeedPost[]> {
  return readable(await read(source, FEED_POSTS_QUERY, { limit }, [tags.posts]))
}
