import '@/lib/server-only.ts'
import {
  getAuthorArchive,
  getCategoryArchive,
  type AuthorArchive,
  type CategoryArchive,
  type PostArchivePage,
} from '@/lib/content'
import { pagePath, parsePageNumber } from '@/lib/addresses/pagination.ts'
import { isValidSlug } from '@/lib/addresses/permalink.ts'
import { categoryBreadcrumbJsonLd, type JsonLdObject } from '@/lib/seo/json-ld.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import { notFound, page, redirect, type Loaded } from './result.ts'
import type { ArchiveProps } from '@/lib/view-props/archive.ts'

/** What differs between the lists of one author and of one category. */
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
  jsonLd?: (archive: A) => JsonLdObject
}

/**
 * The loader of an archive's pages: `n` undefined for the first (`/author/x`), the page
 * number's text for later ones (`/author/x/page/2`, where /page/1 redirects to the first).
 */
function archiveLoader<A extends PostArchivePage>(kind: ArchiveKind<A>) {
  return async function load(slug: string, n?: string): Promise<Loaded<ArchiveProps>> {
    const number = n === undefined ? 1 : parsePageNumber(n)
    if (number === null || !isValidSlug(slug)) return notFound
    const basePath = `${kind.section}/${slug}`
    if (n !== undefined && number === 1) return redirect(basePath)
    const archive = await kind.load(slug, number)
    if (!archive) return notFound
    const subject = kind.subject(archive)
    const first = number === 1
    return page(
      {
        kicker: kind.kicker,
        title: subject.title,
        description: first ? subject.description : null,
        archive,
        basePath: `${kind.section}/${subject.slug}`,
        emptyMessage: kind.emptyMessage,
        jsonLd: first && kind.jsonLd ? kind.jsonLd(archive) : null,
      },
      pageMetadata({
        title: first ? subject.title : `${subject.title}, page ${number}`,
        description: subject.description ?? kind.fallbackDescription(subject.title),
        path: pagePath(`${kind.section}/${subject.slug}`, number),
      }),
    )
  }
}

export const loadAuthorArchive = archiveLoader<AuthorArchive>({
  section: '/author',
  kicker: 'Author',
  load: getAuthorArchive,
  subject: ({ author }) => ({ title: author.name, slug: author.slug, description: author.bio }),
  fallbackDescription: (name) => `Articles by ${name} on Nabado.`,
  emptyMessage: 'No articles by this author yet.',
})

export const loadCategoryArchive = archiveLoader<CategoryArchive>({
  section: '/category',
  kicker: 'Category',
  load: getCategoryArchive,
  subject: ({ category }) => category,
  fallbackDescription: (title) => `Articles about ${title} from Nabado.`,
  emptyMessage: 'No articles in this category yet.',
  jsonLd: ({ category }) =>
    categoryBreadcrumbJsonLd({ title: category.title, slug: category.slug }),
})
