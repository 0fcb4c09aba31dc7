import type { QueryParams } from '@sanity/client'

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
 * both implement it and both receive the same GROQ strings from sanity/queries.ts.
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
