import 'server-only'
import { cache } from 'react'
import { rankRelatedReads, RELATED_READS_LIMIT } from '@/lib/related-reads.ts'
import {
  ADJACENT_POSTS_QUERY,
  POST_LIST_QUERY,
  POST_PAGE_QUERY,
  POST_PATH_BY_SLUG_QUERY,
  POST_PATHS_QUERY,
  RELATED_CANDIDATES_QUERY,
} from '@/sanity/queries.ts'
import { source, tags } from './active-source.ts'
import type { Post, PostCard, PostPage, PostPath } from './types.ts'

export async function listPosts({ page = 1, perPage = 10 } = {}): Promise<PostCard[]> {
  const start = (page - 1) * perPage
  return source.fetch<PostCard[]>(POST_LIST_QUERY, { start, end: start + perPage }, [tags.posts])
}

/** The newest posts' addresses, for prerendering at build time. */
export async function listPostPaths(limit = 1000): Promise<PostPath[]> {
  return source.fetch<PostPath[]>(POST_PATHS_QUERY, { limit }, [tags.posts])
}

export async function findPostPath(slug: string): Promise<PostPath | null> {
  return source.fetch<PostPath | null>(POST_PATH_BY_SLUG_QUERY, { slug }, [tags.post(slug)])
}

/** An article with its suggested reads; null when no readable post has this slug. */
export const getPostPage = cache(async (slug: string): Promise<PostPage | null> => {
  const post = await source.fetch<Post | null>(POST_PAGE_QUERY, { slug }, [
    tags.post(slug),
    // The page shows its picked suggested reads too: any post change may alter them.
    tags.posts,
  ])
  if (!post) return null
  const candidates = await source.fetch<PostCard[]>(
    RELATED_CANDIDATES_QUERY,
    {
      postId: post._id,
      categoryIds: (post.categories ?? []).map((category) => category._id),
      // Enough to fill the list even if every editor pick is among the candidates.
      limit: RELATED_READS_LIMIT * 2,
    },
    [tags.posts],
  )
  return { post, related: rankRelatedReads(post._id, post.picked ?? [], candidates) }
})

/** The next older and the next newer article than `post`, by publish date (null at the ends). */
export async function getAdjacentPosts(post: {
  _id: string
  publishedAt: string
}): Promise<{ older: PostCard | null; newer: PostCard | null }> {
  return source.fetch<{ older: PostCard | null; newer: PostCard | null }>(
    ADJACENT_POSTS_QUERY,
    { postId: post._id, publishedAt: post.publishedAt },
    [tags.posts],
  )
}
