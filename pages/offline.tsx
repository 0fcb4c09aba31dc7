import { OfflineView } from '@/components/offline-view.tsx'
import { readerPage } from '@/components/reader-page.tsx'
import { staticReaderProps } from '@/lib/loaders/pages-router.ts'
import { page } from '@/lib/loaders/result.ts'
import { NOINDEX } from '@/lib/seo/metadata.ts'

// Plain HTML for readers: no Next.js or React runtime in the browser (docs/architecture.md).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false }

/**
 * The offline page: the offline worker keeps it and answers it, with the saved articles
 * listed, for any page it has no copy of while the reader is offline (docs/architecture.md,
 * "Offline reading and data saving"). ISR like the other pages, so its header and footer
 * follow the settings; never indexed (it lists nothing for a crawler).
 */
export const getStaticProps = async () =>
  staticReaderProps(
    page(
      {},
      {
        title: 'Saved articles',
        description: 'The articles kept on this phone for reading without a connection.',
        robots: NOINDEX,
      },
    ),
  )

export default readerPage(OfflineView)
