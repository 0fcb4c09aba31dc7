import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostArchive } from '@/components/post-archive'
import { getAuthorArchive, listAuthors } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

/** Every author's first page is prerendered; a new author renders on first request. */
export async function generateStaticParams() {
  return (await listAuthors()).map(({ slug }) => ({ slug }))
}

async function loadArchive(params: Props['params']) {
  const { slug } = await params
  const archive = await getAuthorArchive(slug, 1)
  if (!archive) notFound()
  return archive
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author } = await loadArchive(params)
  return pageMetadata({
    title: author.name,
    description: author.bio ?? `Articles by ${author.name} on Nabado.`,
    path: `/author/${author.slug}`,
  })
}

export default async function AuthorPage({ params }: Props) {
  const archive = await loadArchive(params)
  const { author } = archive
  return (
    <PostArchive
      kicker="Author"
      title={author.name}
      description={author.bio}
      archive={archive}
      basePath={`/author/${author.slug}`}
      emptyMessage="No articles by this author yet."
    />
  )
}
