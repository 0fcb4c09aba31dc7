import type { GetStaticPropsContext } from 'next'
import { PageView } from '@/components/page-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { listPagePaths } from '@/lib/content'
import { loadPage } from '@/lib/loaders/page.ts'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * /<parent>/<slug>: an editor's page under a top-level page (/about/team). The segments are
 * named [year] and [month] only because Next.js needs one name per dynamic level, and the
 * article addresses /YYYY/MM/DD/slug (pages/[year]/[month]/[day]/[slug].tsx) share these
 * two levels; here they hold the parent's slug and the page's. /2026/02 is never a page
 * (numbers are refused before any read: lib/addresses/page-slugs.ts), so it stays a 404. Every child
 * page is prerendered; other addresses are answered on their first request (ISR).
 */
export async function getStaticPaths() {
  const paths = (await listPagePaths()).flatMap((page) =>
    page.parentSlug === null ? [] : [{ params: { year: page.parentSlug, month: page.slug } }],
  )
  return { paths, fallback: 'blocking' as const }
}

export const getStaticProps = async ({
  params,
}: GetStaticPropsContext<{ year: string; month: string }>) =>
  staticReaderProps(await loadPage(params?.month ?? '', params?.year ?? ''))

export default readerPage(PageView)
