import { STALE_PATHS_QUERY } from '@/sanity/queries.ts'
import { source } from './active-source.ts'
import {
  needsStalePathsQuery,
  NOTHING_FOUND,
  stalePaths,
  stalePathsParams,
  type PublishEvent,
  type StaleFound,
} from '../freshness/webhook-change.ts'
import { read, type ContentSource } from './source.ts'
import { postPath } from '../addresses/permalink.ts'
import { generatedArticleImage } from '../seo/share-image.ts'

/**
 * The addresses a published change makes stale (see `stalePaths`), for the publish webhook
 * to render again. One read, STALE_PATHS_QUERY, made `fresh`: the published content as it
 * is now, never a cached answer from before the change. `from` is for tests.
 */
export async function pathsForChange(
  event: PublishEvent,
  from: ContentSource = source,
): Promise<string[]> {
  if (!needsStalePathsQuery(event)) return stalePaths(event, NOTHING_FOUND)
  const found: StaleFound = await read(
    from,
    STALE_PATHS_QUERY,
    stalePathsParams(event),
    // No tags: nothing may cache this read, so nothing needs to expire it.
    [],
    { fresh: true },
  )
  const paths = stalePaths(event, found)
  // The post's generated share image too: drawn from its title, and a 404 until a
  // scheduled post's moment. (stalePaths is pure and runs in plain Node too, so it does not
  // work out Next.js's route name itself.)
  const own =
    found.post?.slug && found.post.publishedAt
      ? postPath({ slug: found.post.slug, publishedAt: found.post.publishedAt })
      : null
  if (own && paths.includes(own)) paths.push(generatedArticleImage(own, '').url)
  return paths.sort()
}
