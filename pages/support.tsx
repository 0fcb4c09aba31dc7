import { readerPage } from '@/components/reader-page.tsx'
import { SupportView } from '@/components/support-view.tsx'
import { staticReaderProps } from '@/lib/page-data/pages-router.ts'
import { loadSupport } from '@/lib/page-data/support.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

export const getStaticProps = async () => staticReaderProps(await loadSupport())

export default readerPage(SupportView)
