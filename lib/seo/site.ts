import { siteUrl } from '@/lib/env/public.ts'

// Who the site says it is to search engines, social networks and feed readers.

export const SITE_NAME = 'Nabado'
export const SITE_TAGLINE = 'simply amazing, always for you.'
export const SITE_DESCRIPTION =
  'Nabado: simply amazing, always for you. Relationships and society in Kenya.'
/** Open Graph's locale (language_TERRITORY). */
export const SITE_LOCALE = 'en_KE'
/** The same, as a BCP 47 language tag (RSS, schema.org). */
export const SITE_LANGUAGE = 'en-KE'
export const TITLE_TEMPLATE = `%s · ${SITE_NAME}`

export const FEED_PATH = '/feed.xml'
export const SITEMAP_PATH = '/sitemap.xml'
export const SEARCH_PATH = '/search'

/** The publisher's logo (public/logo.png), square, as Google asks for Organization logos. */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const

/** An absolute address on the site: absoluteUrl('/support') → https://<site>/support. */
export function absoluteUrl(path: string, base: string = siteUrl): string {
  return new URL(path, `${base.replace(/\/+$/, '')}/`).toString()
}

export function authorPath(slug: string): string {
  return `/author/${slug}`
}

export function categoryPath(slug: string): string {
  return `/category/${slug}`
}
