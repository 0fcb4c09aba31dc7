import { authorArchivePages } from '@/components/archive-pages'

// Per request, like the category's later pages: see there.
export const dynamic = 'force-dynamic'

export const generateMetadata = authorArchivePages.later.generateMetadata

export default authorArchivePages.later.Page
