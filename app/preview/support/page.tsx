import { SupportView } from '@/components/support-view.tsx'
import { loadSupport } from '@/lib/loaders/support.ts'
import { previewRoute } from '../preview-route.tsx'

const route = previewRoute(loadSupport, () => undefined, SupportView)
export const generateMetadata = route.generateMetadata
export default route.Page
