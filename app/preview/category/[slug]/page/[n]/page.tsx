import { ArchiveView } from '@/components/archive-view'
import { loadCategoryArchive } from '@/lib/page-data/archive'
import { previewRoute } from '../../../../preview-route'

const route = previewRoute(
  ({ slug, n }: { slug: string; n: string }) => loadCategoryArchive(slug, n),
  (params: { slug: string; n: string }) => params,
  ArchiveView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
