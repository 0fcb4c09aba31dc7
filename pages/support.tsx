import { readerPage } from '@/components/reader-page.tsx'
import { SupportView } from '@/components/support-view.tsx'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'
import { loadSupport } from '@/lib/loaders/support.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

export const getStaticProps = async () => staticReaderProps(await loadSupport())

export default readerPage(SupportView)
