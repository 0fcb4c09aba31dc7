import type { GetServerSidePropsContext } from 'next'
import { readerPage } from '@/components/reader-page'
import { SearchView } from '@/components/search-view'
import { serverReaderProps } from '@/lib/page-data/pages-router'
import { loadSearch } from '@/lib/page-data/search'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

// Per request: the page depends on the query string.
export const getServerSideProps = async ({ query }: GetServerSidePropsContext) =>
  serverReaderProps(await loadSearch(query))

export default readerPage(SearchView)
