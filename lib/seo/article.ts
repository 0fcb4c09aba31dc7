import type { Metadata } from 'next'
import { postPath } from '@/lib/addresses/permalink.ts'
import { articleBreadcrumbJsonLd, articleJsonLd, type JsonLdObject } from './json-ld.ts'
import { articleMetadata, type ArticleMetadataInput } from './metadata.ts'
import { articleShareImage, articleStructuredDataImages } from './share-image.ts'
import type { SanityImageField } from './sanity-image.ts'
import { SITE_NAME } from './site.ts'

/** An article as lib/content's getPostSeo returns it. */
export type ArticleSeoInput = ArticleMetadataInput & {
  slug: string
  category?: { title: string | null; slug: string | null } | null
  coverImage?: SanityImageField | null
}

/** The article page's metadata: canonical, Open Graph article, X card, share image. */
export function articlePageMetadata(
  post: ArticleSeoInput,
  { noindex = false }: { noindex?: boolean } = {},
): Metadata {
  const path = postPath(post)
  return articleMetadata(post, { path, image: articleShareImage(post, path), noindex })
}

/** The article page's structured data: the BlogPosting and its breadcrumb trail. */
export function articleStructuredData(
  post: ArticleSeoInput,
  siteName: string = SITE_NAME,
): JsonLdObject[] {
  const path = postPath(post)
  return [
    articleJsonLd(post, { path, images: articleStructuredDataImages(post, path), siteName }),
    articleBreadcrumbJsonLd(post, path),
  ]
}
