import type { SearchResults } from '@/lib/content'

export type SearchProps = {
  search: SearchResults
  /** The reader's query was longer than the search reads, and was cut. */
  shortened: boolean
}
