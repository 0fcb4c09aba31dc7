import '../../server-only.ts'
import type { ContentFingerprint, SearchDocument } from '../../content/search-documents.ts'
import type { Database } from '../../db/engine.ts'
import { searchIndex, type IndexSearch, type Page } from './search.ts'
import { createIndexStore } from './store.ts'

// Readers' search over the site's own database (#25): PostgreSQL full-text search with
// weighted fields, English stems beside the words as written, and typo correction over a
// vocabulary with pg_trgm. The same SQL on PGlite and PostgreSQL.

export type { IndexSearch } from './search.ts'

export type SearchIndex = {
  /** One page of the posts matching any word of the query, best first. Never throws on odd text. */
  search(query: string, page: Page): Promise<IndexSearch>
  /** Replaces every post, in one transaction: readers see the old index or the new, never none. */
  replaceAll(documents: readonly SearchDocument[]): Promise<void>
  /** Adds a post or replaces it by id. */
  upsert(document: SearchDocument): Promise<void>
  /** Takes a post out (nothing happens for an id the index does not hold). */
  remove(id: string): Promise<void>
  /**
   * The indexed posts' fingerprint, worked out from the rows as the content's is from the
   * posts (count, newest _updatedAt, summed seconds): equal when the index holds what readers
   * may see, whichever instance wrote it.
   */
  fingerprint(): Promise<ContentFingerprint>
  /** How many posts the index holds. */
  count(): Promise<number>
}

export function createSearchIndex(db: Database): SearchIndex {
  const store = createIndexStore(db)
  return {
    search: (query, page) => searchIndex(db, query, page),
    replaceAll: store.replaceAll,
    upsert: store.upsert,
    remove: store.remove,
    fingerprint: store.fingerprint,
    count: store.count,
  }
}
