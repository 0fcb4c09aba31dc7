import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { paginate } from '@/lib/addresses/pagination.ts'
import type { SearchResult } from '@/lib/content/types.ts'
import { SEARCH_RESULTS_PER_PAGE, type SearchResults } from '@/lib/search/results.ts'
import { SearchView } from './search-view.tsx'

const result: SearchResult = {
  _id: 'p1',
  title: 'Why couples argue about money',
  slug: 'why-couples-argue-about-money',
  publishedAt: '2026-02-28T08:00:00Z',
  excerpt: 'Money and trust.',
  category: { title: 'Love', slug: 'love' },
  coverImage: null,
  text: 'Couples argue about money when trust is thin.',
} as unknown as SearchResult

function searchOf(total: number, totalIsAtLeast: boolean, page = 1): SearchResults {
  return {
    query: 'money',
    terms: ['money'],
    marks: ['money'],
    suggestion: null,
    results: [result],
    pagination: paginate(page, total, SEARCH_RESULTS_PER_PAGE)!,
    totalIsAtLeast,
    unavailable: false,
  }
}

const render = (search: SearchResults) =>
  renderToStaticMarkup(createElement(SearchView, { search, shortened: false }))

describe('SearchView', () => {
  it('says "1,000+ results" when the index stopped counting at its cap', () => {
    const html = render(searchOf(1000, true))
    expect(html).toContain('1,000+ results for “money”')
    expect(html).not.toContain('1,000 results')
  })

  it('gives an exact count as it is, singular for one', () => {
    expect(render(searchOf(999, false))).toContain('999 results for “money”')
    expect(render(searchOf(1, false))).toContain('1 result for “money”')
  })

  it('links the next page up to the last page the capped count reaches', () => {
    const last = 1000 / SEARCH_RESULTS_PER_PAGE
    expect(render(searchOf(1000, true, last - 1))).toContain(`page=${last}`)
    expect(render(searchOf(1000, true, last))).not.toContain(`page=${last + 1}`)
  })
})
