import type { GetServerSidePropsContext } from 'next'
import { readerPage } from '@/components/reader-page.tsx'
import { SearchView } from '@/components/search-view.tsx'
import { serverReaderProps } from '@/lib/loaders/pages-router.ts'
import { loadSearch } from '@/lib/loaders/search.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

// Per request: the page depends on the query string.
export const getServerSideProps = async ({ query }: GetServerSidePropsContext) =>
  serverReaderProps(await loadSearch(query))

export default readerPage(SearchView)
