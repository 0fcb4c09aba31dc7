import { PaginationNav } from '@/components/pagination-nav.tsx'
import { SearchForm } from '@/components/search-form.tsx'
import { SearchResults } from '@/components/search-results.tsx'
import type { SearchProps } from '@/lib/view-props/search.ts'
import { MAX_QUERY_LENGTH } from '@/lib/search/terms.ts'

function searchPath(query: string, page: number): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `/search?${params}`
}

/** "1 result", "20 results", or "1,000+ results" when the index stopped counting there. */
function countOf(total: number, atLeast: boolean): string {
  const figure = `${total.toLocaleString('en-KE')}${atLeast ? '+' : ''}`
  return `${figure} ${total === 1 && !atLeast ? 'result' : 'results'}`
}

/** Search: the form, then a page of results, or what to do when there are none. */
export function SearchView({ search, shortened }: SearchProps) {
  const { query, terms, marks, suggestion, results, pagination, totalIsAtLeast, unavailable } =
    search
  const resultCount = countOf(pagination.total, totalIsAtLeast)

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
              {unavailable ? 'Search' : resultCount} for “{query}”
            </h2>
            {shortened ? (
              <p className="mt-2 text-sm text-muted">
                Long searches are cut to their first {MAX_QUERY_LENGTH} characters.
              </p>
            ) : null}
            {terms.length === 0 ? (
              <p className="mt-4">Search for words: letters or numbers.</p>
            ) : null}
            {suggestion ? (
              <p className="mt-4 text-lg">
                Did you mean{' '}
                <a href={searchPath(suggestion, 1)} className="font-semibold text-accent underline">
                  {suggestion}
                </a>
                ?
              </p>
            ) : null}
          </>
        )}
      </div>

      {results.length > 0 ? (
        <div className="mt-8">
          <SearchResults results={results} terms={marks} />
          <PaginationNav
            pagination={pagination}
            hrefFor={(n) => searchPath(query, n)}
            prevLabel="Previous results"
            nextLabel="More results"
          />
        </div>
      ) : unavailable ? (
        <p className="mt-4" role="status">
          Search is not working just now. Please try again in a minute, or{' '}
          <a href="/" className="text-accent underline">
            read the latest articles
          </a>
          .
        </p>
      ) : query !== '' ? (
        <p className="mt-4">
          Try another word, or{' '}
          <a href="/" className="text-accent underline">
            read the latest articles
          </a>
          .
        </p>
      ) : null}
    </div>
  )
}
