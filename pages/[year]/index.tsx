import type { GetServerSidePropsContext } from 'next'
import { serverReaderProps } from '@/lib/page-data/pages-router.ts'
import { loadSlugRedirect } from '@/lib/page-data/slug-redirect.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * /slug alone (a shortened or hand-typed link): a 308 to the article's permalink, or the 404
 * page. The segment is named [year] only because Next.js needs one name per dynamic level,
 * and /YYYY/MM/DD/slug shares this level; here it holds a slug. Per request.
 */
export const getServerSideProps = async ({ params }: GetServerSidePropsContext<{ year: string }>) =>
  serverReaderProps(await loadSlugRedirect(params?.year ?? ''))

/** Never rendered: every answer is a redirect or the 404 page. */
export default function SlugRedirect() {
  return null
}
