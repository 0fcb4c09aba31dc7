import { SearchView } from '@/components/search-view'
import { loadSearch } from '@/lib/page-data/search'
import { previewRoute } from '../preview-route'

const route = previewRoute(loadSearch, (_params: object, query) => query, SearchView)
export const generateMetadata = route.generateMetadata
export default route.Page
