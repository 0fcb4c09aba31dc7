import { siteUrl } from '@/lib/env/public.ts'
import { isoWithOffset } from './dates.ts'
import { articleModifiedAt } from './metadata.ts'
import {
  absoluteUrl,
  authorPath,
  categoryPath,
  LOGO,
  SEARCH_PATH,
  SITE_LANGUAGE,
  SITE_NAME,
} from './site.ts'

// schema.org structured data, as Google's Search Central documents it for articles,
// breadcrumbs and sites. Rendered by components/json-ld.tsx.

export type JsonLdObject = {
  '@context'?: 'https://schema.org'
  '@type': string
  [key: string]: unknown
}

/**
 * JSON for a <script type="application/ld+json">. The browser ends the script at the first
 * "</script" whatever the JSON around it, so "<" is written as \u003c (and ">" and "&" to
 * match, plus the two line separators older parsers choke on). JSON.parse reads it back
 * unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

const homeUrl = () => `${siteUrl}/`

export function organizationJsonLd(name: string = SITE_NAME): JsonLdObject {
  return {
    '@type': 'Organization',
    '@id': `${homeUrl()}#organization`,
    name,
    url: homeUrl(),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(LOGO.path),
      width: LOGO.width,
      height: LOGO.height,
    },
  }
}

/** The home page's WebSite, with the search box Google may show under the result. */
export function websiteJsonLd({
  name = SITE_NAME,
  description,
}: { name?: string; description?: string | null } = {}): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${homeUrl()}#website`,
    name,
    url: homeUrl(),
    ...(description ? { description } : {}),
    inLanguage: SITE_LANGUAGE,
    publisher: organizationJsonLd(name),
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(SEARCH_PATH)}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  }
}

export type ArticleJsonLdInput = {
  title: string
  excerpt?: string | null
  publishedAt: string
  _updatedAt?: string | null
  author?: { name: string | null; slug: string | null } | null
  category?: { title: string | null } | null
}

/** A BlogPosting with Google's recommended article properties. */
export function articleJsonLd(
  post: ArticleJsonLdInput,
  { path, images, siteName = SITE_NAME }: { path: string; images: string[]; siteName?: string },
): JsonLdObject {
  const url = absoluteUrl(path)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: post.title,
    ...(post.excerpt ? { description: post.excerpt } : {}),
    image: images.map((image) => absoluteUrl(image)),
    datePublished: isoWithOffset(post.publishedAt),
    dateModified: isoWithOffset(articleModifiedAt(post)),
    ...(post.author?.name
      ? {
          author: [
            {
              '@type': 'Person',
              name: post.author.name,
              ...(post.author.slug ? { url: absoluteUrl(authorPath(post.author.slug)) } : {}),
            },
          ],
        }
      : {}),
    publisher: organizationJsonLd(siteName),
    ...(post.category?.title ? { articleSection: post.category.title } : {}),
    inLanguage: SITE_LANGUAGE,
  }
}

export type Crumb = { name: string; path: string }

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

type CategoryCrumb = { title: string | null; slug: string | null } | null | undefined

function categoryCrumbs(category: CategoryCrumb): Crumb[] {
  return category?.title && category.slug
    ? [{ name: category.title, path: categoryPath(category.slug) }]
    : []
}

/** Home › Category › Article (the category left out when the article has none). */
export function articleBreadcrumbJsonLd(
  post: { title: string; category?: CategoryCrumb },
  path: string,
): JsonLdObject {
  return breadcrumbJsonLd([
    { name: 'Home', path: '/' },
    ...categoryCrumbs(post.category),
    { name: post.title, path },
  ])
}

/** Home › Category, for app/(site)/category/[slug]/page.tsx. */
export function categoryBreadcrumbJsonLd(category: { title: string; slug: string }): JsonLdObject {
  return breadcrumbJsonLd([
    { name: 'Home', path: '/' },
    { name: category.title, path: categoryPath(category.slug) },
  ])
}
