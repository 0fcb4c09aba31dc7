import { categoryArchivePages } from '@/components/archive-pages'

// Later pages render per request (their content is cached by tag): a cached page's redirect
// carries two Location headers in Next.js 16.4 (see docs/architecture.md), and /page/1 is one.
export const dynamic = 'force-dynamic'

export const generateMetadata = categoryArchivePages.later.generateMetadata

export default categoryArchivePages.later.Page
