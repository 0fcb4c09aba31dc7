import { authorArchivePages } from '@/components/archive-pages'
import { listAuthors } from '@/lib/content'

/** Every author's first page is prerendered; a new author renders on first request. */
export async function generateStaticParams() {
  return (await listAuthors()).map(({ slug }) => ({ slug }))
}

export const generateMetadata = authorArchivePages.first.generateMetadata

export default authorArchivePages.first.Page
