import { HomeView } from '@/components/home-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { loadHome } from '@/lib/loaders/home.ts'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

export const getStaticProps = async () => staticReaderProps(await loadHome())

export default readerPage(HomeView)
