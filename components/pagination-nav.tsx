import type { Pagination } from '@/lib/addresses/pagination.ts'

type Props = {
  pagination: Pagination
  /** The address of a page of this list. */
  hrefFor: (page: number) => string
  /** What "previous" means for this list: newer articles, in a newest-first archive. */
  prevLabel?: string
  nextLabel?: string
}

const linkClass =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 font-semibold text-ink no-underline hover:border-ink'

/** Newer and older pages of a list, with rel="prev"/"next"; nothing when it has one page. */
export function PaginationNav({
  pagination,
  hrefFor,
  prevLabel = 'Newer articles',
  nextLabel = 'Older articles',
}: Props) {
  const { page, totalPages, prevPage, nextPage } = pagination
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pages" className="mt-12 border-t border-rule pt-6">
      <p className="mb-4 text-center text-sm text-muted">
        Page {page} of {totalPages}
      </p>
      <div className="flex flex-wrap justify-between gap-4">
        {prevPage ? (
          <a href={hrefFor(prevPage)} rel="prev" className={linkClass}>
            <span aria-hidden="true">←</span> {prevLabel}
          </a>
        ) : null}
        {nextPage ? (
          <a href={hrefFor(nextPage)} rel="next" className={`${linkClass} ml-auto`}>
            {nextLabel} <span aria-hidden="true">→</span>
          </a>
        ) : null}
      </div>
    </nav>
  )
}
