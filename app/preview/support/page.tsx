import { SupportView } from '@/components/support-view'
import { loadSupport } from '@/lib/page-data/support'
import { previewRoute } from '../preview-route'

const route = previewRoute(loadSupport, () => undefined, SupportView)
export const generateMetadata = route.generateMetadata
export default route.Page
