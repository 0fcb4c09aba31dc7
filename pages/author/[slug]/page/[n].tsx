import type { GetServerSidePropsContext } from 'next'
import { ArchiveView } from '@/components/archive-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { loadAuthorArchive } from '@/lib/loaders/archive.ts'
import { serverReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

// Per request: /page/1 answers with a redirect to the first page.
export const getServerSideProps = async ({
  params,
}: GetServerSidePropsContext<{ slug: string; n: string }>) =>
  serverReaderProps(await loadAuthorArchive(params?.slug ?? '', params?.n ?? ''))

export default readerPage(ArchiveView)
