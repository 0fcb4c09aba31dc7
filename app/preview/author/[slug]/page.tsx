import { ArchiveView } from '@/components/archive-view.tsx'
import { loadAuthorArchive } from '@/lib/loaders/archive.ts'
import { previewRoute } from '../../preview-route.tsx'

const route = previewRoute(
  (slug: string) => loadAuthorArchive(slug),
  ({ slug }: { slug: string }) => slug,
  ArchiveView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
