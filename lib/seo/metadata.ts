import type { Metadata } from 'next'
import { siteUrl } from '@/lib/env/public.ts'
import { isoWithOffset, latest } from './dates.ts'
import { DEFAULT_SHARE_IMAGE, type ShareImage } from './share-image.ts'
import {
  absoluteUrl,
  authorPath,
  FEED_PATH,
  SITE_DESCRIPTION,
  SITE_LOCALE,
  SITE_NAME,
  TITLE_TEMPLATE,
} from './site.ts'

// Metadata builders. Next.js replaces `alternates`, `openGraph` and `twitter` as a whole
// when a page sets them, so every builder here returns them complete: the canonical address,
// the feed's autodiscovery link, Open Graph and X (Twitter) tags with a sized image.

/** robots for anything a crawler must not index: drafts in preview, the Studio. */
export const NOINDEX = { index: false, follow: false } as const

/** The site's RSS feed, announced in every page's head (<link rel="alternate">). */
export function feedAlternates(siteName: string = SITE_NAME) {
  return { 'application/rss+xml': [{ url: absoluteUrl(FEED_PATH), title: siteName }] }
}

function withAbsoluteUrl(image: ShareImage): ShareImage {
  return { ...image, url: absoluteUrl(image.url) }
}

/**
 * What every page inherits from the root layout: the title template, the site's name and
 * locale, a canonical address and og:url for whatever path is being rendered ('./' is
 * resolved by Next.js against the request's path and metadataBase), the default share
 * image and the feed link.
 */
export function siteMetadata(): Metadata {
  const image = withAbsoluteUrl(DEFAULT_SHARE_IMAGE)
  return {
    metadataBase: new URL(siteUrl),
    title: { default: SITE_NAME, template: TITLE_TEMPLATE },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    alternates: { canonical: './', types: feedAlternates() },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      url: './',
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image] },
  }
}

export type PageMetadataInput = {
  /** The page's own title; the layout's template adds " · Nabado". */
  title: string
  /** The title as it is, without the template (the home page: just "Nabado"). */
  absoluteTitle?: boolean
  description?: string | null
  /** The page's path, e.g. /category/relationships. */
  path: string
  image?: ShareImage
  /** For responses that must stay out of search results (a draft in preview). */
  noindex?: boolean
}

/** A page that is not an article: the home page, a category, an author, search. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const url = absoluteUrl(input.path)
  const image = withAbsoluteUrl(input.image ?? DEFAULT_SHARE_IMAGE)
  const description = input.description || undefined
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description,
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      url,
      title: input.title,
      description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: input.title, description, images: [image] },
    ...(input.noindex ? { robots: NOINDEX } : {}),
  }
}

export type ArticleMetadataInput = {
  title: string
  seoTitle?: string | null
  excerpt?: string | null
  seoDescription?: string | null
  publishedAt: string
  _updatedAt?: string | null
  author?: { name: string | null; slug: string | null } | null
  category?: { title: string | null } | null
}

/** The date an article last changed: its last edit, and never before its publication. */
export function articleModifiedAt(post: { publishedAt: string; _updatedAt?: string | null }) {
  return latest(post._updatedAt, post.publishedAt) ?? post.publishedAt
}

/**
 * An article: og:type article with its publication and modification times, author and
 * section; the excerpt as description (an editor's SEO title and description win in search
 * results); its share image (cover or generated) for Open Graph and X.
 */
export function articleMetadata(
  post: ArticleMetadataInput,
  { path, image, noindex = false }: { path: string; image: ShareImage; noindex?: boolean },
): Metadata {
  const url = absoluteUrl(path)
  const shareImage = withAbsoluteUrl(image)
  const description = post.seoDescription || post.excerpt || undefined
  const socialDescription = post.excerpt || post.seoDescription || undefined
  const author = post.author?.slug ? absoluteUrl(authorPath(post.author.slug)) : undefined
  return {
    title: post.seoTitle || post.title,
    description,
    ...(post.author?.name
      ? { authors: [{ name: post.author.name, ...(author ? { url: author } : {}) }] }
      : {}),
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      url,
      title: post.title,
      description: socialDescription,
      publishedTime: isoWithOffset(post.publishedAt),
      modifiedTime: isoWithOffset(articleModifiedAt(post)),
      ...(author ? { authors: [author] } : {}),
      ...(post.category?.title ? { section: post.category.title } : {}),
      images: [shareImage],
    },
    twitter: {
      card: 'summary_large_image',
      title: post.title,
      description: socialDescription,
      images: [shareImage],
    },
    ...(noindex ? { robots: NOINDEX } : {}),
  }
}
