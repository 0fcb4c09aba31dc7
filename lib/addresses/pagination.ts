/** Posts on a page of the home page, a category or an author. */
export const POSTS_PER_PAGE = 10

/** More pages than any archive will have; longer numbers are refused before any arithmetic. */
const MAX_PAGE_DIGITS = 6

export type Pagination = {
  page: number
  perPage: number
  total: number
  totalPages: number
  /** The slice of the list this page shows, as GROQ's [$start...$end] wants it. */
  start: number
  end: number
  prevPage: number | null
  nextPage: number | null
}

/**
 * Reads a page number from an address (/page/<n>). Only a canonical positive integer is a
 * page: "0", "-1", "01", "1.5", "abc" and numbers too long to be real all answer null.
 */
export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null
  const pattern = new RegExp(`^[1-9]\\d{0,${MAX_PAGE_DIGITS - 1}}$`)
  return pattern.test(raw) ? Number(raw) : null
}

/** The slice to fetch for a page, before the total is known. */
export function pageSlice(page: number, perPage = POSTS_PER_PAGE): { start: number; end: number } {
  const start = (page - 1) * perPage
  return { start, end: start + perPage }
}

/**
 * Where a page sits in a list of `total` items. Page 1 always exists (an empty list still has
 * a first page, which says so); any other page past the end is null, for the caller's 404.
 */
export function paginate(page: number, total: number, perPage = POSTS_PER_PAGE): Pagination | null {
  if (!Number.isSafeInteger(page) || page < 1) return null
  if (!Number.isSafeInteger(perPage) || perPage < 1) return null
  const count = Math.max(0, Math.floor(total))
  const totalPages = Math.max(1, Math.ceil(count / perPage))
  if (page > totalPages) return null
  const { start, end } = pageSlice(page, perPage)
  return {
    page,
    perPage,
    total: count,
    totalPages,
    start,
    end: Math.min(end, count),
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

/**
 * The address of a page of a list whose first page lives at `basePath`: the first page is
 * the base itself ("/", "/category/love"); later ones add /page/<n>.
 */
export function pagePath(basePath: string, page: number): string {
  if (page <= 1) return basePath
  return `${basePath === '/' ? '' : basePath}/page/${page}`
}
