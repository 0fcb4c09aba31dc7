import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostArchive } from '@/components/post-archive'
import { getAuthorArchive } from '@/lib/content'
import { pagePath, parsePageNumber } from '@/lib/pagination'
import { pageMetadata } from '@/lib/seo/metadata'
import { isValidSlug } from '@/lib/permalink'

type Props = { params: Promise<{ slug: string; n: string }> }

// Per request, like the category's later pages: see there.
export const dynamic = 'force-dynamic'

async function loadArchive(params: Props['params']) {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  if (page === null || !isValidSlug(slug)) notFound()
  if (page === 1) permanentRedirect(`/author/${slug}`)
  const archive = await getAuthorArchive(slug, page)
  if (!archive) notFound()
  return archive
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, pagination } = await loadArchive(params)
  return pageMetadata({
    title: `${author.name}, page ${pagination.page}`,
    description: author.bio ?? `Articles by ${author.name} on Nabado.`,
    path: pagePath(`/author/${author.slug}`, pagination.page),
  })
}

export default async function AuthorPageN({ params }: Props) {
  const archive = await loadArchive(params)
  const { author } = archive
  return (
    <PostArchive
      kicker="Author"
      title={author.name}
      archive={archive}
      basePath={`/author/${author.slug}`}
    />
  )
}
