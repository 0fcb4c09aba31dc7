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
  return stalePaths(event, found)
}
