import '@/lib/server-only.ts'
import { pageSlice, paginate, type Pagination } from '@/lib/addresses/pagination.ts'
import { matchPatterns, normalizeQuery, searchTerms } from '@/lib/search/terms.ts'
import { SEARCH_QUERY } from '@/sanity/queries.ts'
import { source, tags } from './active-source.ts'
import { read, readable } from './source.ts'
import type { SearchResult } from './types.ts'

export type { SearchResult }

/** Search results a page at a time. */
export const SEARCH_RESULTS_PER_PAGE = 10


export type SearchResults = {
  /** The query as searched: trimmed and cut to its maximum length. */
  query: string
  /** The words searched for (the query without anything `match` treats specially). */
  terms: string[]
  results: SearchResult[]
  pagination: Pagination
}

/**
 * Searches titles, excerpts and body text for every word of the query, best matches first.
 * A query with no words finds nothing without asking the source. Null when `page` is past
 * the last page of results.
 */
export async function searchPosts(
  rawQuery: string | string[] | undefined,
  page = 1,
): Promise<SearchResults | null> {
  const query = normalizeQuery(rawQuery)
  const terms = searchTerms(query)
  if (terms.length === 0) {
    const pagination = paginate(page, 0, SEARCH_RESULTS_PER_PAGE)
    return pagination ? { query, terms, results: [], pagination } : null
  }
  const { total, results } = await read(
    source,
    SEARCH_QUERY,
    { terms: matchPatterns(terms), ...pageSlice(page, SEARCH_RESULTS_PER_PAGE) },
    [tags.posts],
  )
  const pagination = paginate(page, total, SEARCH_RESULTS_PER_PAGE)
  return pagination ? { query, terms, results: readable(results), pagination } : null
}
