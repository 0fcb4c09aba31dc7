/**
 * The addresses editors' pages (About, Contact, Privacy…) may take: /<slug> and, under a
 * parent page, /<parent>/<slug>. A page must never shadow one of the site's own routes, so
 * the Studio refuses these slugs and the page loader never serves them (docs/architecture.md,
 * "Pages"). One list for both, from the address table.
 */
import { ADDRESSES, firstSegment } from './table.ts'

/**
 * First path segments the site itself answers: every fixed first segment of the address
 * table (routes, public/ files, build files, the framework's own).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(
  ADDRESSES.map(firstSegment).filter((segment) => segment !== null),
)

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 96

/**
 * Why a slug cannot be a page's, in words an editor reads in the Studio, or null when it can.
 * Numbers are refused because /2026 and /2026/02 belong to dated article addresses.
 */
export function pageSlugProblem(slug: string | undefined | null): string | null {
  if (!slug) return 'Give the page an address (slug).'
  if (slug.length > MAX_SLUG_LENGTH)
    return `Keep the address to ${MAX_SLUG_LENGTH} characters or fewer.`
  if (!SLUG.test(slug))
    return 'Use lower-case letters, digits and single hyphens only (for example "about-us").'
  if (/^\d+$/.test(slug)) return `"${slug}" is a number: numbers are for dated article addresses.`
  if (RESERVED_SLUGS.has(slug))
    return `"/${slug}" is already one of the site's own addresses: choose another slug.`
  return null
}

/** A page's address: /about, or /about/team under its parent. */
export function pagePath(page: { slug: string; parentSlug?: string | null }): string {
  return page.parentSlug ? `/${page.parentSlug}/${page.slug}` : `/${page.slug}`
}

/**
 * The slugs of a requested page address (one or two segments), or null when it cannot be a
 * page's, so the loader answers 404 without reading content.
 */
export function parsePagePath(
  segments: readonly string[],
): { slug: string; parentSlug: string | null } | null {
  if (segments.length < 1 || segments.length > 2) return null
  if (segments.some((segment) => pageSlugProblem(segment) !== null)) return null
  return segments.length === 1
    ? { slug: segments[0]!, parentSlug: null }
    : { slug: segments[1]!, parentSlug: segments[0]! }
}
