import { ErrorMessage } from '@/components/error-message.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { NOINDEX } from '@/lib/seo/metadata.ts'
import { builtOnceReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * What a reader gets when a page cannot be rendered (the content source is down and the page
 * has no cached copy): complete HTML, built once at build time, so it needs nothing that
 * just failed. Reloading is the way to try again; no script needed.
 */
export const getStaticProps = () =>
  builtOnceReaderProps({}, { title: 'Something went wrong', robots: NOINDEX })

export default readerPage(ErrorMessage)
