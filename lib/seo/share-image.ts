import { sanityImageUrl, type SanityImageField } from './sanity-image.ts'
import { SITE_NAME, SITE_TAGLINE } from './site.ts'

/** An image for Open Graph, X (Twitter) and schema.org, with the size previews need. */
export type ShareImage = {
  url: string
  width: number
  height: number
  alt: string
  type: 'image/png' | 'image/jpeg'
}

/** The size Facebook, LinkedIn, WhatsApp and X all crop large previews to (1.91:1). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** app/opengraph-image.tsx: the site's default share image. */
export const DEFAULT_SHARE_IMAGE: ShareImage = {
  url: '/opengraph-image',
  ...SHARE_IMAGE_SIZE,
  alt: `${SITE_NAME}: ${SITE_TAGLINE}`,
  type: 'image/png',
}

/**
 * Next.js serves a metadata image route under a route group, such as the article's
 * app/(site)/[year]/[month]/[day]/[slug]/opengraph-image.tsx, at `opengraph-image-<suffix>`,
 * the suffix a djb2 hash of the folder path (next/dist/lib/metadata/get-metadata-route.js).
 * It is computed the same way here so that the page's metadata and JSON-LD can name the
 * image; a unit test checks it against Next.js's own function, and the end-to-end test
 * fetches the address.
 */
export function metadataRouteSuffix(folder: string): string {
  const segments = folder.split('/')
  if (!segments.some((segment) => /^\(.+\)$/.test(segment) || segment.startsWith('@'))) return ''
  let hash = 5381
  for (let i = 0; i < folder.length; i++) {
    hash = ((hash << 5) + hash + folder.charCodeAt(i)) & 0xffffffff
  }
  return (hash >>> 0).toString(36).slice(0, 6)
}

const ARTICLE_FOLDER = '/(site)/[year]/[month]/[day]/[slug]'
const ARTICLE_IMAGE_SUFFIX = metadataRouteSuffix(ARTICLE_FOLDER)

/** The generated share image of the article at `postPath` (/YYYY/MM/DD/slug). */
export function generatedArticleImage(postPath: string, title: string): ShareImage {
  const name = ARTICLE_IMAGE_SUFFIX ? `opengraph-image-${ARTICLE_IMAGE_SUFFIX}` : 'opengraph-image'
  return { url: `${postPath}/${name}`, ...SHARE_IMAGE_SIZE, alt: title, type: 'image/png' }
}

/** The cover image cropped to 1200×630 around the editor's hotspot; null without one. */
export function coverShareImage(
  cover: SanityImageField | null | undefined,
  fallbackAlt: string,
): ShareImage | null {
  const url = sanityImageUrl(cover, { ...SHARE_IMAGE_SIZE, format: 'jpg' })
  if (!url) return null
  return { url, ...SHARE_IMAGE_SIZE, alt: cover?.alt || fallbackAlt, type: 'image/jpeg' }
}

/**
 * The article's share image: its cover when it has one, else the one generated from its
 * title and the site's name.
 */
export function articleShareImage(
  post: { title: string; coverImage?: SanityImageField | null },
  postPath: string,
): ShareImage {
  return coverShareImage(post.coverImage, post.title) ?? generatedArticleImage(postPath, post.title)
}

/**
 * Images for the article's structured data. Google asks for several aspect ratios (16:9, 4:3,
 * 1:1) of at least 50,000 pixels; the cover can be cropped to each, the generated card cannot.
 */
export function articleStructuredDataImages(
  post: { title: string; coverImage?: SanityImageField | null },
  postPath: string,
): string[] {
  const crops = [
    { width: 1200, height: 675 },
    { width: 1200, height: 900 },
    { width: 1200, height: 1200 },
  ]
  const covers = crops.flatMap((size) => sanityImageUrl(post.coverImage, size) ?? [])
  return covers.length > 0 ? covers : [generatedArticleImage(postPath, post.title).url]
}
