import { readerPage } from '@/components/reader-page.tsx'
import { SupportView } from '@/components/support-view.tsx'
import { loadSupport, SUPPORT_UNAVAILABLE_REVALIDATE_SECONDS } from '@/lib/loaders/support.ts'
import { READER_REVALIDATE_SECONDS, staticReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

export const getStaticProps = async () => {
  const loaded = await loadSupport()
  const unavailable = loaded.kind === 'page' && Boolean(loaded.props.give?.notice)
  return staticReaderProps(
    loaded,
    unavailable ? SUPPORT_UNAVAILABLE_REVALIDATE_SECONDS : READER_REVALIDATE_SECONDS,
  )
}

export default readerPage(SupportView)
