import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostArchive } from '@/components/post-archive'
import { getPostArchive } from '@/lib/content'
import { pagePath, parsePageNumber } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ n: string }> }

// The home page's later pages, per request (their content is cached by tag): /page/1
// redirects to /, and a cached page's redirect carries two Location headers in Next.js 16.4
// (see docs/architecture.md).
export const dynamic = 'force-dynamic'

async function loadArchive(params: Props['params']) {
  const { n } = await params
  const page = parsePageNumber(n)
  if (page === null) notFound()
  if (page === 1) permanentRedirect('/')
  const archive = await getPostArchive(page)
  if (!archive) notFound()
  return archive
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pagination } = await loadArchive(params)
  return pageMetadata({
    title: `Latest articles, page ${pagination.page}`,
    path: pagePath('/', pagination.page),
  })
}

export default async function HomePageN({ params }: Props) {
  const archive = await loadArchive(params)
  return <PostArchive title="Latest articles" archive={archive} basePath="/" />
}
