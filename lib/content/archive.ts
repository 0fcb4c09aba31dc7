import '@/lib/server-only.ts'
import type { QueryParams } from '@sanity/client'
import { cache } from 'react'
import { isValidSlug } from '@/lib/addresses/permalink.ts'
import { pageSlice, paginate, type Pagination } from '@/lib/addresses/pagination.ts'
import {
  AUTHOR_ARCHIVE_QUERY,
  AUTHOR_LIST_QUERY,
  CATEGORY_ARCHIVE_QUERY,
  CATEGORY_LIST_QUERY,
  POST_ARCHIVE_QUERY,
} from '@/sanity/queries.ts'
import type { POST_ARCHIVE_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'
import { read, readable } from './source.ts'
import type { PostCard } from './types.ts'

// Archives: the home page's pages, a category's and an author's posts, newest first, a page
// at a time. Each read is one query: the page's slice ([$start...$end]) and the total.
// Every archive lists posts, and a change to a post, category or author revalidates
// `posts` (revalidation.ts), so that is the tag they are cached under.

/** A category or author as links show it: TypeGen cannot see that the query needs a slug. */
export type CategoryLink = { _id: string; title: string; slug: string }
export type AuthorLink = { _id: string; name: string; slug: string }

/** One page of a list of posts, with where it sits in the whole list. */
export type PostArchivePage = { posts: PostCard[]; pagination: Pagination }

export type CategoryArchive = PostArchivePage & {
  category: CategoryLink & { description: string | null }
}

export type AuthorArchive = PostArchivePage & {
  author: AuthorLink & { bio: string | null }
}

/** Categories with at least one post, by title (the footer and prerendering). */
export const listCategories = cache(async (): Promise<CategoryLink[]> => {
  const categories = await read(source, CATEGORY_LIST_QUERY, {}, [tags.posts])
  return categories.flatMap(({ _id, title, slug }) =>
    slug && isValidSlug(slug) ? [{ _id, title: title || slug, slug }] : [],
  )
})

/** Authors with at least one post, by name (prerendering). */
export async function listAuthors(): Promise<AuthorLink[]> {
  const authors = await read(source, AUTHOR_LIST_QUERY, {}, [tags.posts])
  return authors.flatMap(({ _id, name, slug }) =>
    slug && isValidSlug(slug) ? [{ _id, name: name || slug, slug }] : [],
  )
}

/** A page of all posts; null past the last page. */
export async function getPostArchive(page: number): Promise<PostArchivePage | null> {
  const { total, posts } = await read(source, POST_ARCHIVE_QUERY, pageSlice(page), [tags.posts])
  return pageOf(page, total, posts)
}

/** A page of a category's posts; null for an unknown category or a page past the last. */
export const getCategoryArchive = cache(
  async (slug: string, page: number): Promise<CategoryArchive | null> => {
    const found = await subjectArchive(slug, page, (params) =>
      read(source, CATEGORY_ARCHIVE_QUERY, params, [tags.posts]),
    )
    if (!found) return null
    const { _id, title, description } = found.subject
    return { ...found.archive, category: { _id, title: title || slug, slug, description } }
  },
)

/** A page of an author's posts; null for an unknown author or a page past the last. */
export const getAuthorArchive = cache(
  async (slug: string, page: number): Promise<AuthorArchive | null> => {
    const found = await subjectArchive(slug, page, (params) =>
      read(source, AUTHOR_ARCHIVE_QUERY, params, [tags.posts]),
    )
    if (!found) return null
    const { _id, name, bio } = found.subject
    return { ...found.archive, author: { _id, name: name || slug, slug, bio } }
  },
)

/**
 * A page of the posts of one category or author (the subject), and the subject's own fields
 * as its query (read by `readSubject`) returns them; null for an unknown subject or a page
 * past the last.
 */
async function subjectArchive<Subject extends { total: number; posts: ArchivedPost[] }>(
  slug: string,
  page: number,
  readSubject: (params: QueryParams) => Promise<Subject | null>,
): Promise<{ subject: Subject; archive: PostArchivePage } | null> {
  if (!isValidSlug(slug)) return null
  const subject = await readSubject({ slug, ...pageSlice(page) })
  if (!subject) return null
  const archive = pageOf(page, subject.total, subject.posts)
  return archive ? { subject, archive } : null
}

/** A post in an archive, as the archive queries return it. */
type ArchivedPost = POST_ARCHIVE_QUERY_RESULT['posts'][number]

function pageOf(page: number, total: number, posts: ArchivedPost[]): PostArchivePage | null {
  const pagination = paginate(page, total)
  // The queries only return readable posts (with a slug and a date): see READABLE_POST.
  return pagination ? { posts: readable(posts), pagination } : null
}
