import type { PostArchivePage } from '@/lib/content'
import { pagePath } from '@/lib/addresses/pagination.ts'
import { PaginationNav } from './pagination-nav.tsx'
import { PostList } from './post-list.tsx'

type Props = {
  /** What kind of list this is, above the title ("Category", "Author"). */
  kicker?: string
  title: string
  description?: string | null
  archive: PostArchivePage
  /** The address of the list's first page; later pages add /page/<n>. */
  basePath: string
  emptyMessage?: string
}

/** A page of a list of posts: its title, the posts, and links to newer and older pages. */
export function PostArchive({
  kicker,
  title,
  description,
  archive,
  basePath,
  emptyMessage = 'No articles here yet.',
}: Props) {
  const { posts, pagination } = archive
  const count = `${pagination.total} ${pagination.total === 1 ? 'article' : 'articles'}`
  return (
    <>
      <header className="mb-10 border-b border-rule pb-6">
        {kicker ? (
          <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">
            {kicker}
          </p>
        ) : null}
        <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-5xl">
          {title}
          {pagination.page > 1 ? (
            <span className="block font-sans text-base font-normal text-muted sm:text-lg">
              Page {pagination.page} of {pagination.totalPages}
            </span>
          ) : null}
        </h1>
        {description ? (
          <p className="mt-4 max-w-[60ch] font-serif text-lg text-muted">{description}</p>
        ) : null}
        <p className="mt-3 text-sm text-muted">{count}</p>
      </header>
      {posts.length > 0 ? <PostList posts={posts} /> : <p>{emptyMessage}</p>}
      <PaginationNav pagination={pagination} hrefFor={(page) => pagePath(basePath, page)} />
    </>
  )
}
