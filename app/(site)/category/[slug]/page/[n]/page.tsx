import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostArchive } from '@/components/post-archive'
import { getCategoryArchive } from '@/lib/content'
import { pagePath, parsePageNumber } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo/metadata'
import { isValidSlug } from '@/lib/permalink'

type Props = { params: Promise<{ slug: string; n: string }> }

// Later pages render per request (their content is cached by tag): a cached page's redirect
// carries two Location headers in Next.js 16.4 (see docs/architecture.md), and /page/1 is one.
export const dynamic = 'force-dynamic'

async function loadArchive(params: Props['params']) {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  if (page === null || !isValidSlug(slug)) notFound()
  if (page === 1) permanentRedirect(`/category/${slug}`)
  const archive = await getCategoryArchive(slug, page)
  if (!archive) notFound()
  return archive
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, pagination } = await loadArchive(params)
  return pageMetadata({
    title: `${category.title}, page ${pagination.page}`,
    description: category.description ?? `Articles about ${category.title} from Nabado.`,
    path: pagePath(`/category/${category.slug}`, pagination.page),
  })
}

export default async function CategoryPageN({ params }: Props) {
  const archive = await loadArchive(params)
  const { category } = archive
  return (
    <PostArchive
      kicker="Category"
      title={category.title}
      archive={archive}
      basePath={`/category/${category.slug}`}
    />
  )
}
