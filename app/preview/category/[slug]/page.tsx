import { ArchiveView } from '@/components/archive-view'
import { loadCategoryArchive } from '@/lib/page-data/archive'
import { previewRoute } from '../../preview-route'

const route = previewRoute(
  (slug: string) => loadCategoryArchive(slug),
  ({ slug }: { slug: string }) => slug,
  ArchiveView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
