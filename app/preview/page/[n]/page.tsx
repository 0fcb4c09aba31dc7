import { LatestPageView } from '@/components/latest-page-view.tsx'
import { loadLatestPage } from '@/lib/loaders/home.ts'
import { previewRoute } from '../../preview-route.tsx'

const route = previewRoute(loadLatestPage, ({ n }: { n: string }) => n, LatestPageView)
export const generateMetadata = route.generateMetadata
export default route.Page
