import { ArchiveView } from '@/components/archive-view'
import { loadAuthorArchive } from '@/lib/page-data/archive'
import { previewRoute } from '../../preview-route'

const route = previewRoute(
  (slug: string) => loadAuthorArchive(slug),
  ({ slug }: { slug: string }) => slug,
  ArchiveView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
