import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/json-ld'
import { PostArchive } from '@/components/post-archive'
import { getCategoryArchive, listCategories } from '@/lib/content'
import { categoryBreadcrumbJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

/** Every category's first page is prerendered; a new category renders on first request. */
export async function generateStaticParams() {
  return (await listCategories()).map(({ slug }) => ({ slug }))
}

async function loadArchive(params: Props['params']) {
  const { slug } = await params
  const archive = await getCategoryArchive(slug, 1)
  if (!archive) notFound()
  return archive
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = await loadArchive(params)
  return pageMetadata({
    title: category.title,
    description: category.description ?? `Articles about ${category.title} from Nabado.`,
    path: `/category/${category.slug}`,
  })
}

export default async function CategoryPage({ params }: Props) {
  const archive = await loadArchive(params)
  const { category } = archive
  return (
    <>
      <JsonLd data={categoryBreadcrumbJsonLd({ title: category.title, slug: category.slug })} />
      <PostArchive
        kicker="Category"
        title={category.title}
        description={category.description}
        archive={archive}
        basePath={`/category/${category.slug}`}
        emptyMessage="No articles in this category yet."
      />
    </>
  )
}
