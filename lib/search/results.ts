import type { Pagination } from '@/lib/addresses/pagination.ts'
import type { SearchResult } from '@/lib/content/types.ts'

// What a reader's search answers (lib/search/reader-search.ts), as the search page shows it.

/** Search results a page at a time. */
export const SEARCH_RESULTS_PER_PAGE = 10

export type SearchResults = {
  /** The query as searched: trimmed and cut to its maximum length. */
  query: string
  /** The query's words (letters and digits); none means there was nothing to search for. */
  terms: string[]
  /** What the excerpts mark: the words, their English stems, the corrections of typos. */
  marks: string[]
  /** The query with its typos corrected, for "Did you mean …?"; null when none was. */
  suggestion: string | null
  results: SearchResult[]
  pagination: Pagination
  /**
   * More posts match than the index counts (lib/search/index/search.ts, TOTAL_CAP): the
   * pagination's total is a floor, and the page says "1,000+ results".
   */
  totalIsAtLeast: boolean
  /** The index could not be read (the database down): the page says so, and to try again. */
  unavailable: boolean
}
