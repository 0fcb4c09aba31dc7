import { PageView } from '@/components/page-view.tsx'
import { loadPage } from '@/lib/loaders/page.ts'
import { previewRoute } from '../../preview-route.tsx'

// /<parent>/<slug>: an editor's page under a top-level page (the segments hold slugs; see
// pages/[year]/[month]/index.tsx).
const route = previewRoute(
  ({ slug, parentSlug }: { slug: string; parentSlug: string }) => loadPage(slug, parentSlug),
  ({ year, month }: { year: string; month: string }) => ({ slug: month, parentSlug: year }),
  PageView,
)
export const generateMetadata = route.generateMetadata
export default route.Page
