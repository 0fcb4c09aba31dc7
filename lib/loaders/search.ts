import '@/lib/server-only.ts'
import { searchPosts } from '@/lib/search/reader-search.ts'
import { parsePageNumber } from '@/lib/addresses/pagination.ts'
import { normalizeQuery, MAX_QUERY_LENGTH } from '@/lib/search/terms.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import { SEARCH_PATH } from '@/lib/seo/site.ts'
import { notFound, page, type Loaded } from './result.ts'
import type { SearchProps } from '@/lib/view-props/search.ts'

type QueryValue = string | string[] | undefined

const first = (value: QueryValue) => (Array.isArray(value) ? value[0] : value)

/** /search?q=…&page=n: one page of results, most relevant first (per request). */
export async function loadSearch(query: {
  q?: QueryValue
  page?: QueryValue
}): Promise<Loaded<SearchProps>> {
  const rawPage = first(query.page)
  const number = rawPage === undefined ? 1 : parsePageNumber(rawPage)
  if (number === null) return notFound
  const search = await searchPosts(query.q, number)
  if (!search) return notFound
  const rawQuery = first(query.q) ?? ''
  const normalized = normalizeQuery(query.q)
  return page(
    { search, shortened: Array.from(rawQuery.trim()).length > MAX_QUERY_LENGTH },
    {
      ...pageMetadata({
        title: normalized ? `Search: ${normalized}` : 'Search',
        description: normalized
          ? `Nabado articles about “${normalized}”.`
          : 'Search every Nabado article on relationships and society in Kenya.',
        path: SEARCH_PATH,
      }),
      // Result pages are for readers, not for search engines' indexes (Google's guidance for
      // a site's own search results); the empty search page is an ordinary page.
      ...(normalized ? { robots: { index: false, follow: true } } : {}),
    },
  )
}
