import type { ClientReturn, QueryParams } from '@sanity/client'
import type { Readable } from './types.ts'

/** What a read depends on, so a publish can refresh exactly the pages that showed it. */
export type CacheTag = string

/** How one read is made; pages leave it out. */
export type ReadOptions = {
  /**
   * The published content as it is this moment: never from a cache (Next.js's data cache,
   * the per-request memo), never drafts. For the publish webhook, which must see the change
   * it was sent about; a cached answer up to an hour old would name the wrong pages.
   */
  fresh?: boolean
}

/**
 * The one interface behind the content door. The bundled dataset and Sanity's Content Lake
 * both implement it and both receive the same GROQ strings from sanity/queries.ts. It does
 * not know what a query returns: the door reads through `read`, which does.
 */
export interface ContentSource {
  readonly kind: 'bundled' | 'sanity'
  fetch<Result>(
    query: string,
    params: QueryParams,
    tags: CacheTag[],
    options?: ReadOptions,
  ): Promise<Result>
}

/**
 * What `Query` returns, as TypeGen generated it from the query's own text (the query map at
 * the end of sanity/types.ts); `unknown` for a query TypeGen has not seen.
 */
export type QueryResult<Query extends string> = ClientReturn<Query, unknown>

/**
 * Every read of the content door: `query` (from sanity/queries.ts) through `from`, typed by
 * the query itself, as next-sanity's `sanityFetch` is. A query whose projection no longer
 * fits the code that reads it fails `tsc` there, not a page at run time.
 */
export function read<const Query extends string>(
  from: ContentSource,
  query: Query,
  params: QueryParams,
  tags: CacheTag[],
  options?: ReadOptions,
): Promise<QueryResult<Query>> {
  return from.fetch<QueryResult<Query>>(query, params, tags, options)
}

/**
 * A read's answer with what its query's filter guarantees and TypeGen cannot see (`Readable`,
 * types.ts). Changes nothing at run time; only for what such a filter returned.
 */
export function readable<T>(found: T): Readable<T> {
  return found as Readable<T>
}
