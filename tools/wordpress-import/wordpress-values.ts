import { isValidSlug } from '../../lib/addresses/permalink.ts'
import { slugify } from '../../lib/text/slugify.ts'
import { decodeEntities } from '../../lib/text/html-entities.ts'

/**
 * The instant a WordPress post was published, read from wp:post_date, the site-local time
 * WordPress builds /YYYY/MM/DD/ permalinks from. It is read as Nairobi time (UTC+3 all year;
 * Kenya has no daylight saving), the zone the new site dates permalinks in, so the new
 * address always has the old date, even for a post WordPress dated in another zone (then
 * wp:post_date_gmt differs and the caller warns). Undefined for a missing or zero date.
 */
export function nairobiInstant(postDate: string | undefined): string | undefined {
  const match = postDate?.trim().match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/)
  if (!match || match[1] === '0000') return undefined
  const date = new Date(
    `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}+03:00`,
  )
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** wp:post_date_gmt (or any GMT field) as an ISO instant; undefined for zero dates. */
export function gmtInstant(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2}:\d{2})$/)
  if (!match || match[1] === '0000') return undefined
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** WordPress stores non-Latin slugs percent-encoded (%d9%85…); this is the readable form. */
export function decodeWordPressSlug(slug: string): string {
  try {
    return decodeURIComponent(slug.trim())
  } catch {
    return slug.trim()
  }
}

/**
 * The slug to use on the new site: WordPress's own when the site accepts it (lower-case
 * a–z, 0–9 and single hyphens, as WordPress makes them from Latin titles), so the address
 * stays the same; otherwise one made from it or from the fallback text, and `changed` is set
 * so the caller redirects the old address.
 */
export function siteSlug(
  wordpressSlug: string,
  fallback: string,
): { slug: string; changed: boolean } {
  const decoded = decodeWordPressSlug(wordpressSlug)
  if (isValidSlug(decoded)) return { slug: decoded, changed: false }
  const made = slugify(decoded) || slugify(fallback)
  return { slug: made, changed: decoded !== '' }
}

/**
 * Plain text from a WordPress title, term name or excerpt: WordPress keeps some of these with
 * HTML entities (&amp;, &#8217;) and occasional tags; the Studio wants plain text.
 */
export function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
