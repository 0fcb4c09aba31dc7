import type { SearchResults } from '@/lib/search/results.ts'

export type SearchProps = {
  search: SearchResults
  /** The reader's query was longer than the search reads, and was cut. */
  shortened: boolean
}
