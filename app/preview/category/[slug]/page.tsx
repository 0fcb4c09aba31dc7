import { ArchiveView } from '@/components/archive-view.tsx'
import { loadCategoryArchive } from '@/lib/loaders/archive.ts'
import { previewRoute } from '../../preview-route.tsx'

const route = previewRoute(
  (slug: string) => loadCategoryArchive(slug),
  ({ slug }: { slug: string }) => slug,
  ArchiveView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
