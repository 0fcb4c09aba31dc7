import { PageView } from '@/components/page-view.tsx'
import { loadTopLevel } from '@/lib/loaders/page.ts'
import { previewRoute } from '../preview-route.tsx'

// /<slug>: an editor's page, else a 308 to the article with that slug, else 404 (the
// segment holds a slug; see pages/[year]/index.tsx).
const route = previewRoute(loadTopLevel, ({ year }: { year: string }) => year, PageView)
export const generateMetadata = route.generateMetadata
export default route.Page
