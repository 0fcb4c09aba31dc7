import type { GetStaticPropsContext } from 'next'
import { PageView } from '@/components/page-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { listPagePaths } from '@/lib/content'
import { loadTopLevel } from '@/lib/loaders/page.ts'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * /<slug>: an editor's top-level page (About, Privacy…); else a 308 to the article with that
 * slug (a shortened or hand-typed link); else the 404 page. The segment is named [year] only
 * because Next.js needs one name per dynamic level and /YYYY/MM/DD/slug shares this level;
 * here it holds a slug. Every page is prerendered; other slugs are answered on their first
 * request and cached like a page (ISR; a redirect from the Pages Router's cache carries one
 * Location header).
 */
export async function getStaticPaths() {
  const paths = (await listPagePaths())
    .filter((page) => page.parentSlug === null)
    .map((page) => ({ params: { year: page.slug } }))
  return { paths, fallback: 'blocking' as const }
}

export const getStaticProps = async ({ params }: GetStaticPropsContext<{ year: string }>) =>
  staticReaderProps(await loadTopLevel(params?.year ?? ''))

export default readerPage(PageView)
