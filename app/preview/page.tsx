import { HomeView } from '@/components/home-view.tsx'
import { loadHome } from '@/lib/loaders/home.ts'
import { previewRoute } from './preview-route.tsx'

const route = previewRoute(loadHome, () => undefined, HomeView)
export const generateMetadata = route.generateMetadata
export default route.Page
