import '@/lib/server-only.ts'
import { cache } from 'react'
import { rankRelatedReads } from '@/lib/article/related-reads.ts'
import {
  ADJACENT_POSTS_QUERY,
  POST_PAGE_QUERY,
  POST_PATH_BY_SLUG_QUERY,
  POST_PATHS_QUERY,
  RELATED_CANDIDATES_QUERY,
} from '@/sanity/queries.ts'
import { source, tags } from './active-source.ts'
import { getSiteSettings } from './settings.ts'
import { read, readable } from './source.ts'
import type { Post, PostCard, PostPage, PostPath } from './types.ts'

/** The newest posts' addresses, for prerendering at build time. */
export async function listPostPaths(limit = 1000): Promise<PostPath[]> {
  return readable(await read(source, POST_PATHS_QUERY, { limit }, [tags.posts]))
}

export async function findPostPath(slug: string): Promise<PostPath | null> {
  return readable(await read(source, POST_PATH_BY_SLUG_QUERY, { slug }, [tags.post(slug)]))
}

/**
 * An article with its suggested reads (as many as Settings says: the editor's picks first,
 * then posts sharing its categories); null when no readable post has this slug.
 */
export const getPostPage = cache(async (slug: string): Promise<PostPage | null> => {
  const [found, { suggestedReads }] = await Promise.all([
    read(source, POST_PAGE_QUERY, { slug }, [
      tags.post(slug),
      // The page shows its picked suggested reads too: any post change may alter them.
      tags.posts,
    ]),
    getSiteSettings(),
  ])
  if (!found) return null
  // The post and its picks are readable posts (both filtered by READABLE_POST).
  const post: Post = { ...readable(found), picked: readable(found.picked) }
  const picked = post.picked ?? []
  // Enough candidates to fill the list even if every pick is among them; none when the
  // picks (distinct, never the post itself) fill it alone.
  const distinctPicks = new Set(picked.map((pick) => pick._id).filter((id) => id !== post._id))
  const wanted = distinctPicks.size >= suggestedReads ? 0 : suggestedReads + picked.length
  const candidates =
    wanted === 0
      ? []
      : readable(
          await read(
            source,
            RELATED_CANDIDATES_QUERY,
            {
              postId: post._id,
              categoryIds: (post.categories ?? []).map((category) => category._id),
              limit: wanted,
            },
            [tags.posts],
          ),
        )
  return { post, related: rankRelatedReads(post._id, picked, candidates, suggestedReads) }
})

/** The next older and the next newer article than `post`, by publish date (null at the ends). */
export async function getAdjacentPosts(post: {
  _id: string
  publishedAt: string
}): Promise<{ older: PostCard | null; newer: PostCard | null }> {
  const { older, newer } = await read(
    source,
    ADJACENT_POSTS_QUERY,
    { postId: post._id, publishedAt: post.publishedAt },
    [tags.posts],
  )
  return { older: readable(older), newer: readable(newer) }
}
