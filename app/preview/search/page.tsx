import { SearchView } from '@/components/search-view.tsx'
import { loadSearch } from '@/lib/loaders/search.ts'
import { previewRoute } from '../preview-route.tsx'

const route = previewRoute(loadSearch, (_params: object, query) => query, SearchView)
export const generateMetadata = route.generateMetadata
export default route.Page
