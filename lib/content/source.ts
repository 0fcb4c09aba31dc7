import type { QueryParams } from '@sanity/client'

/** What a read depends on, so a publish can refresh exactly the pages that showed it. */
export type CacheTag = string

/**
 * The one interface behind the content door. The bundled dataset and Sanity's Content Lake
 * both implement it and both receive the same GROQ strings from sanity/queries.ts.
 */
export interface ContentSource {
  readonly kind: 'bundled' | 'sanity'
  fetch<Result>(query: string, params: QueryParams, tags: CacheTag[]): Promise<Result>
}
