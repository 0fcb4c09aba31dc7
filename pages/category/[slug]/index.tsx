import type { GetStaticPropsContext } from 'next'
import { ArchiveView } from '@/components/archive-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { listCategories } from '@/lib/content'
import { loadCategoryArchive } from '@/lib/loaders/archive.ts'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/** Every category with posts is prerendered; a new one renders on its first request (ISR). */
export async function getStaticPaths() {
  const paths = (await listCategories()).map(({ slug }) => ({ params: { slug } }))
  return { paths, fallback: 'blocking' as const }
}

export const getStaticProps = async ({ params }: GetStaticPropsContext<{ slug: string }>) =>
  staticReaderProps(await loadCategoryArchive(params?.slug ?? ''))

export default readerPage(ArchiveView)
