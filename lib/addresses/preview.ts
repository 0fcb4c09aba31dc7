/**
 * Readers and editors get the same addresses from two routers (docs/architecture.md, "Reader
 * pages"): pages/ serves readers plain HTML; app/preview/ serves editors in draft mode the
 * React twin of each page, with drafts and visual editing. proxy.ts picks by Next.js's
 * draft-mode cookie with these rules, which the address table (table.ts) decides.
 */
import { addressOf, segmentsWhereAll } from './table.ts'

/** Where the editors' twins of the reader pages live in the App Router. */
export const PREVIEW_PREFIX = '/preview'

/** Next.js's draft-mode cookie (set by /api/draft-mode/enable). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * First segments that are never a reader page (the Studio, APIs, feeds, sitemaps, assets):
 * those where no address of the table has a preview twin.
 */
const NOT_READER = segmentsWhereAll((address) => !address.previewTwin)

/**
 * Whether `pathname` is (or could be) one of the reader pages: home and its later pages,
 * articles, archives, search, support, /slug, editors' pages (/about, /about/team). Files (a dot in the last segment: /robots.txt,
 * /icon.svg, images) and share images are not.
 */
export function isReaderPath(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1)
  if (last.includes('.') || last.startsWith('opengraph-image')) return false
  const address = addressOf(pathname)
  if (address) return address.previewTwin
  // No route takes it: a reader's 404 unless its first segment belongs to a non-reader area.
  return !NOT_READER.has(pathname.split('/')[1] ?? '')
}

/** The preview twin of a reader address: / → /preview, /support → /preview/support. */
export function previewPath(pathname: string): string {
  return pathname === '/' ? PREVIEW_PREFIX : `${PREVIEW_PREFIX}${pathname}`
}

/** The reader address of a preview path, or null when `pathname` is not one. */
export function readerPathOf(pathname: string): string | null {
  if (pathname === PREVIEW_PREFIX) return '/'
  return pathname.startsWith(`${PREVIEW_PREFIX}/`) ? pathname.slice(PREVIEW_PREFIX.length) : null
}
