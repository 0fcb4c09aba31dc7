import type { GetServerSidePropsContext } from 'next'
import { LatestPageView } from '@/components/latest-page-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { loadLatestPage } from '@/lib/loaders/home.ts'
import { serverReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

// Per request: /page/1 answers with a redirect to the home page.
export const getServerSideProps = async ({ params }: GetServerSidePropsContext<{ n: string }>) =>
  serverReaderProps(await loadLatestPage(params?.n ?? ''))

export default readerPage(LatestPageView)
