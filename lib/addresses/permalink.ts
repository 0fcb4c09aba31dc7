/**
 * Nabado's article addresses are WordPress date permalinks, /YYYY/MM/DD/slug, which readers
 * and search engines already hold. WordPress dated them in the site's time zone, Nairobi.
 */
export const SITE_TIME_ZONE = 'Africa/Nairobi'

export type PermalinkParams = { year: string; month: string; day: string; slug: string }

const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** A moment's calendar day in Nairobi, as two-digit parts (23:30 UTC is the next day there). */
export function nairobiDateParts(moment: Date): { year: string; month: string; day: string } {
  const parts = dateParts.formatToParts(moment)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { year: part('year'), month: part('month'), day: part('day') }
}

export function permalinkParams(post: { slug: string; publishedAt: string }): PermalinkParams {
  return { ...nairobiDateParts(new Date(post.publishedAt)), slug: post.slug }
}

export function postPath(post: { slug: string; publishedAt: string }): string {
  const { year, month, day, slug } = permalinkParams(post)
  return `/${year}/${month}/${day}/${slug}`
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Reads the parts of a requested permalink. Returns null for anything that cannot be an
 * article address (a month 13, a day 45, a slug with odd characters), so the page can
 * answer 404 without asking the content source.
 */
export function parsePermalink(params: PermalinkParams): PermalinkParams | null {
  const { year, month, day, slug } = params
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month) || !/^\d{2}$/.test(day)) return null
  if (slug.length > 200 || !SLUG.test(slug)) return null
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  const real =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  return real ? params : null
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= 200 && SLUG.test(slug)
}

export function pathFromParams({ year, month, day, slug }: PermalinkParams): string {
  return `/${year}/${month}/${day}/${slug}`
}
