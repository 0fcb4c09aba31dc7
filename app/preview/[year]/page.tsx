import { loadSlugRedirect } from '@/lib/page-data/slug-redirect.ts'
import { previewRoute } from '../preview-route.tsx'

// /slug alone: a 308 to the article's permalink, or 404 (the segment holds a slug).
const route = previewRoute(
  loadSlugRedirect,
  ({ year }: { year: string }) => year,
  () => null,
)
export default route.Page
