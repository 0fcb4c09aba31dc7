import { NotFoundMessage } from '@/components/not-found-message.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { builtOnceReaderProps } from '@/lib/loaders/pages-router.ts'
import { NOINDEX } from '@/lib/seo/metadata.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * Every 404 a reader meets: an address no route has, and a reader page that found nothing.
 * Complete HTML from the server, so it shows on 2G and without JavaScript. Built once at
 * build time (Next.js renders a 404 page statically), so its header and footer show the
 * settings and categories of that build; the patch in patches/ makes Next.js use this page
 * instead of the App Router's (docs/architecture.md, "Reader pages").
 */
export const getStaticProps = () =>
  builtOnceReaderProps({}, { title: 'Page not found', robots: NOINDEX })

export default readerPage(NotFoundMessage)
