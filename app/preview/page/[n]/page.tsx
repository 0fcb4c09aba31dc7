import { LatestPageView } from '@/components/latest-page-view'
import { loadLatestPage } from '@/lib/page-data/home'
import { previewRoute } from '../../preview-route'

const route = previewRoute(loadLatestPage, ({ n }: { n: string }) => n, LatestPageView)
export const generateMetadata = route.generateMetadata
export default route.Page
