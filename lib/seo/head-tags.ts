import type { Metadata } from 'next'
import { TITLE_TEMPLATE } from './site.ts'

/**
 * The <head> tags of a reader page, from the same Metadata objects the App Router renders
 * (lib/seo/metadata.ts builds them complete: canonical, feed link, Open Graph and X). The
 * Pages Router has no metadata API, so this writes the tags Next.js's App Router writes for
 * the subset the site uses, in the same names and order. Pure data, unit tested; the page
 * puts them in next/head.
 */
export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name?: string; property?: string; content: string }
  | { tag: 'link'; rel: string; href: string; type?: string; title?: string }

type Image = {
  url: string | URL
  width?: number | string
  height?: number | string
  alt?: string
  type?: string
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : value instanceof URL ? value.href : null

const list = <T>(value: T | T[] | null | undefined): T[] =>
  value == null ? [] : Array.isArray(value) ? value : [value]

/** "%s · Nabado" applied to a page's title; `{ absolute }` as it is. */
export function resolveTitle(title: Metadata['title']): string | null {
  if (typeof title === 'string') return TITLE_TEMPLATE.replace('%s', title)
  if (title && typeof title === 'object') {
    if ('absolute' in title && title.absolute) return title.absolute
    if ('default' in title && title.default) return title.default
  }
  return null
}

function robotsContent(robots: Metadata['robots']): string | null {
  if (!robots) return null
  if (typeof robots === 'string') return robots
  const parts = [
    robots.index === false ? 'noindex' : robots.index ? 'index' : null,
    robots.follow === false ? 'nofollow' : robots.follow ? 'follow' : null,
  ]
  return parts.filter(Boolean).join(', ') || null
}

function imageTags(
  prefix: 'og:image' | 'twitter:image',
  images: Image[],
  key: 'property' | 'name',
) {
  return images.flatMap((image): HeadTag[] => {
    const tags: HeadTag[] = [{ tag: 'meta', [key]: prefix, content: text(image.url) ?? '' }]
    for (const [field, value] of [
      ['width', image.width],
      ['height', image.height],
      ['alt', image.alt],
      ...(key === 'property' ? [['type', image.type] as const] : []),
    ] as const) {
      if (value !== undefined && value !== null && value !== '')
        tags.push({ tag: 'meta', [key]: `${prefix}:${field}`, content: String(value) })
    }
    return tags
  })
}

export function headTags(metadata: Metadata): HeadTag[] {
  const tags: HeadTag[] = []
  const meta = (key: 'name' | 'property', id: string, content: unknown) => {
    const value = text(content)
    if (value !== null) tags.push({ tag: 'meta', [key]: id, content: value })
  }

  const title = resolveTitle(metadata.title)
  if (title) tags.push({ tag: 'title', text: title })
  meta('name', 'description', metadata.description)
  meta('name', 'application-name', metadata.applicationName)
  for (const author of list(metadata.authors)) {
    if (author.url) tags.push({ tag: 'link', rel: 'author', href: text(author.url) ?? '' })
    meta('name', 'author', author.name)
  }
  meta('name', 'robots', robotsContent(metadata.robots))

  const canonical = metadata.alternates?.canonical
  const canonicalUrl = text(
    canonical && typeof canonical === 'object' && 'url' in canonical ? canonical.url : canonical,
  )
  if (canonicalUrl) tags.push({ tag: 'link', rel: 'canonical', href: canonicalUrl })
  for (const [type, links] of Object.entries(metadata.alternates?.types ?? {})) {
    for (const link of list<unknown>(links as unknown)) {
      const described = typeof link === 'object' && link !== null && !(link instanceof URL)
      const href = text(described ? (link as { url?: unknown }).url : link)
      const linkTitle = described ? text((link as { title?: unknown }).title) : null
      if (href)
        tags.push({
          tag: 'link',
          rel: 'alternate',
          type,
          href,
          ...(linkTitle ? { title: linkTitle } : {}),
        })
    }
  }

  const og = (metadata.openGraph ?? {}) as Record<string, unknown>
  meta('property', 'og:title', og.title)
  meta('property', 'og:description', og.description)
  meta('property', 'og:url', og.url)
  meta('property', 'og:site_name', og.siteName)
  meta('property', 'og:locale', og.locale)
  tags.push(...imageTags('og:image', list(og.images as Image | Image[]), 'property'))
  meta('property', 'og:type', og.type)
  meta('property', 'article:published_time', og.publishedTime)
  meta('property', 'article:modified_time', og.modifiedTime)
  for (const author of list(og.authors as string | string[]))
    meta('property', 'article:author', author)
  meta('property', 'article:section', og.section)

  const twitter = (metadata.twitter ?? {}) as Record<string, unknown>
  meta('name', 'twitter:card', twitter.card)
  meta('name', 'twitter:title', twitter.title)
  meta('name', 'twitter:description', twitter.description)
  tags.push(...imageTags('twitter:image', list(twitter.images as Image | Image[]), 'name'))
  return tags
}
