import '@/lib/server-only.ts'
import { paginate } from '@/lib/addresses/pagination.ts'
import { searchIndex } from '@/lib/db/index.ts'
import { firstLineOf } from '@/lib/text/first-line.ts'
import { searchIndexReady } from './keeper-process.ts'
import { SEARCH_RESULTS_PER_PAGE, type SearchResults } from './results.ts'
import { normalizeQuery, searchTerms } from './terms.ts'

/**
 * A reader's search, in the site's own index (lib/search/index/): ranked, forgiving word
 * forms and typos. A query with no words finds nothing without asking the index. Null when
 * `page` is past the last page of results.
 */
export async function searchPosts(
  rawQuery: string | string[] | undefined,
  page = 1,
): Promise<SearchResults | null> {
  const query = normalizeQuery(rawQuery)
  const terms = searchTerms(query)
  const none = {
    query,
    terms,
    marks: terms,
    suggestion: null,
    results: [],
    totalIsAtLeast: false,
    unavailable: false,
  }
  if (terms.length === 0) {
    const pagination = paginate(page, 0, SEARCH_RESULTS_PER_PAGE)
    return pagination ? { ...none, pagination } : null
  }
  let found
  try {
    await searchIndexReady()
    const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE
    found = await (await searchIndex()).search(query, { offset, limit: SEARCH_RESULTS_PER_PAGE })
  } catch (error) {
    console.warn(`search: the index does not answer (${firstLineOf(error, 120)})`)
    return { ...none, unavailable: true, pagination: paginate(1, 0, SEARCH_RESULTS_PER_PAGE)! }
  }
  const pagination = paginate(page, found.total, SEARCH_RESULTS_PER_PAGE)
  if (!pagination) return null
  return {
    query,
    terms,
    marks: found.marks,
    suggestion: found.suggestion,
    results: found.results,
    pagination,
    totalIsAtLeast: found.totalIsAtLeast,
    unavailable: false,
  }
}
