import { HomeView } from '@/components/home-view'
import { loadHome } from '@/lib/page-data/home'
import { previewRoute } from './preview-route'

const route = previewRoute(loadHome, () => undefined, HomeView)
export const generateMetadata = route.generateMetadata
export default route.Page
