import { SEED_ARTICLE } from '../seed-article.ts'

// One page of each kind readers see, in the bundled dataset: what the page benchmarks
// (bench/lib/site.ts) and page-by-page specs (e2e/tap-targets.spec.ts) go through. Each picks
// the kinds it needs, in its own order, by key; the key is also the benchmarks' figure name.

const SAMPLES = {
  home: { label: 'home', path: '/' },
  article: { label: 'article', path: SEED_ARTICLE.path },
  category: { label: 'category', path: '/category/relationships' },
  author: { label: 'author', path: '/author/nabado-editors' },
  // The search page with nothing asked yet, and with results. Results pages are noindex on
  // purpose (and so never score 100 on Lighthouse's SEO).
  search: { label: 'empty search', path: '/search' },
  search_results: { label: 'search results', path: '/search?q=love' },
  support: { label: 'support', path: '/support' },
  not_found: { label: 'not found', path: '/no-such-page-anywhere' },
} satisfies Record<string, { label: string; path: string }>

export type ReaderPageKind = keyof typeof SAMPLES

export type ReaderPage<Kind extends ReaderPageKind = ReaderPageKind> = {
  /** A name fit for a figure's key ("search_results"). */
  name: Kind
  /** The same in words, for a test's title ("search results"). */
  label: string
  path: string
}

/** The sample pages of `kinds`, in that order. */
export function readerPages<const Kind extends ReaderPageKind>(
  kinds: readonly Kind[],
): ReaderPage<Kind>[] {
  return kinds.map((name) => {
    const { label, path } = SAMPLES[name]
    return { name, label, path }
  })
}
