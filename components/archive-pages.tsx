import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import {
  getAuthorArchive,
  getCategoryArchive,
  type AuthorArchive,
  type CategoryArchive,
  type PostArchivePage,
} from '@/lib/content'
import { pagePath, parsePageNumber } from '@/lib/pagination'
import { isValidSlug } from '@/lib/permalink'
import { categoryBreadcrumbJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { JsonLd } from './json-ld'
import { PostArchive } from './post-archive'

/** What the list pages of an author or a category need to know of that kind of list. */
type ArchiveKind<A extends PostArchivePage> = {
  /** The first page's address without the slug: `/author`. */
  section: string
  /** Above the title: "Author". */
  kicker: string
  load: (slug: string, page: number) => Promise<A | null>
  /** Whom or what the list is of: a name, a slug, and the description it has (or null). */
  subject: (archive: A) => { title: string; slug: string; description: string | null }
  /** The description search engines get when the subject has none. */
  fallbackDescription: (title: string) => string
  emptyMessage: string
  /** Structured data on the first page. */
  jsonLd?: (archive: A) => object
}

type FirstPageProps = { params: Promise<{ slug: string }> }
type LaterPageProps = { params: Promise<{ slug: string; n: string }> }

/**
 * `generateMetadata` and the page component of an archive's first page (`/author/x`) and of its
 * later ones (`/author/x/page/2`, where /page/1 redirects to the first). Route segment config
 * (`dynamic`, `generateStaticParams`) stays in the route files, where Next.js reads it.
 */
function archivePages<A extends PostArchivePage>(kind: ArchiveKind<A>) {
  const description = (archive: A) => {
    const subject = kind.subject(archive)
    return subject.description ?? kind.fallbackDescription(subject.title)
  }

  async function loadFirst(params: FirstPageProps['params']) {
    const { slug } = await params
    const archive = await kind.load(slug, 1)
    if (!archive) notFound()
    return archive
  }

  async function loadLater(params: LaterPageProps['params']) {
    const { slug, n } = await params
    const page = parsePageNumber(n)
    if (page === null || !isValidSlug(slug)) notFound()
    if (page === 1) permanentRedirect(`${kind.section}/${slug}`)
    const archive = await kind.load(slug, page)
    if (!archive) notFound()
    return archive
  }

  return {
    first: {
      async generateMetadata({ params }: FirstPageProps): Promise<Metadata> {
        const archive = await loadFirst(params)
        const { title, slug } = kind.subject(archive)
        return pageMetadata({
          title,
          description: description(archive),
          path: `${kind.section}/${slug}`,
        })
      },
      async Page({ params }: FirstPageProps) {
        const archive = await loadFirst(params)
        const subject = kind.subject(archive)
        return (
          <>
            {kind.jsonLd ? <JsonLd data={kind.jsonLd(archive)} /> : null}
            <PostArchive
              kicker={kind.kicker}
              title={subject.title}
              description={subject.description}
              archive={archive}
              basePath={`${kind.section}/${subject.slug}`}
              emptyMessage={kind.emptyMessage}
            />
          </>
        )
      },
    },
    later: {
      async generateMetadata({ params }: LaterPageProps): Promise<Metadata> {
        const archive = await loadLater(params)
        const { title, slug } = kind.subject(archive)
        const { page } = archive.pagination
        return pageMetadata({
          title: `${title}, page ${page}`,
          description: description(archive),
          path: pagePath(`${kind.section}/${slug}`, page),
        })
      },
      async Page({ params }: LaterPageProps) {
        const archive = await loadLater(params)
        const { title, slug } = kind.subject(archive)
        return (
          <PostArchive
            kicker={kind.kicker}
            title={title}
            archive={archive}
            basePath={`${kind.section}/${slug}`}
          />
        )
      },
    },
  }
}

export const authorArchivePages = archivePages<AuthorArchive>({
  section: '/author',
  kicker: 'Author',
  load: getAuthorArchive,
  subject: ({ author }) => ({ title: author.name, slug: author.slug, description: author.bio }),
  fallbackDescription: (name) => `Articles by ${name} on Nabado.`,
  emptyMessage: 'No articles by this author yet.',
})

export const categoryArchivePages = archivePages<CategoryArchive>({
  section: '/category',
  kicker: 'Category',
  load: getCategoryArchive,
  subject: ({ category }) => category,
  fallbackDescription: (title) => `Articles about ${title} from Nabado.`,
  emptyMessage: 'No articles in this category yet.',
  jsonLd: ({ category }) =>
    categoryBreadcrumbJsonLd({ title: category.title, slug: category.slug }),
})
