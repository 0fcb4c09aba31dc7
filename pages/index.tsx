import { HomeView } from '@/components/home-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { loadHome } from '@/lib/page-data/home.ts'
import { staticReaderProps } from '@/lib/page-data/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

export const getStaticProps = async () => staticReaderProps(await loadHome())

export default readerPage(HomeView)
