import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PaginationNav } from '@/components/pagination-nav'
import { SearchForm } from '@/components/search-form'
import { SearchResults } from '@/components/search-results'
import { searchPosts } from '@/lib/content'
import { parsePageNumber } from '@/lib/pagination'
import { MAX_QUERY_LENGTH, normalizeQuery } from '@/lib/search-terms'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { searchParams: Promise<SearchParams> }

// Rendered per request: it depends on the query string (reading searchParams makes it so).

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeQuery((await searchParams).q)
  return {
    title: query ? `Search: ${query}` : 'Search',
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  }
}

function searchPath(query: string, page: number): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `/search?${params}`
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const rawPage = first(params.page)
  const page = rawPage === undefined ? 1 : parsePageNumber(rawPage)
  if (page === null) notFound()
  const search = await searchPosts(params.q, page)
  if (!search) notFound()

  const { query, terms, results, pagination } = search
  const rawQuery = first(params.q) ?? ''
  const shortened = Array.from(rawQuery.trim()).length > MAX_QUERY_LENGTH
  const resultCount = `${pagination.total} ${pagination.total === 1 ? 'result' : 'results'}`

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl leading-tight font-bold sm:text-5xl">Search</h1>
      <SearchForm
        id="search-page-query"
        label="Search articles"
        defaultValue={query}
        showLabel
        className="mt-6"
      />

      <div className="mt-8">
        {query === '' ? (
          <p className="text-lg">Type a word or two to search every Nabado article.</p>
        ) : (
          <>
            <h2 className="font-sans text-lg font-semibold break-words">
              {resultCount} for “{query}”
            </h2>
            {shortened ? (
              <p className="mt-2 text-sm text-muted">
                Long searches are cut to their first {MAX_QUERY_LENGTH} characters.
              </p>
            ) : null}
            {terms.length === 0 ? (
              <p className="mt-4">Search for words: letters or numbers.</p>
            ) : null}
          </>
        )}
      </div>

      {results.length > 0 ? (
        <div className="mt-8">
          <SearchResults results={results} terms={terms} />
          <PaginationNav
            pagination={pagination}
            hrefFor={(n) => searchPath(query, n)}
            prevLabel="Previous results"
            nextLabel="More results"
          />
        </div>
      ) : query !== '' ? (
        <p className="mt-4">
          Try another word, or{' '}
          <Link href="/" className="text-accent underline">
            read the latest articles
          </Link>
          .
        </p>
      ) : null}
    </div>
  )
}
