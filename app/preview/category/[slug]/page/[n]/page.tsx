import { ArchiveView } from '@/components/archive-view.tsx'
import { loadCategoryArchive } from '@/lib/loaders/archive.ts'
import { previewRoute } from '../../../../preview-route.tsx'

const route = previewRoute(
  ({ slug, n }: { slug: string; n: string }) => loadCategoryArchive(slug, n),
  (params: { slug: string; n: string }) => params,
  ArchiveView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
