import { categoryArchivePages } from '@/components/archive-pages'
import { listCategories } from '@/lib/content'

/** Every category's first page is prerendered; a new category renders on first request. */
export async function generateStaticParams() {
  return (await listCategories()).map(({ slug }) => ({ slug }))
}

export const generateMetadata = categoryArchivePages.first.generateMetadata

export default categoryArchivePages.first.Page
