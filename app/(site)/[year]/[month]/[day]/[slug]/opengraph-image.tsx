import { ImageResponse } from 'next/og'
import { notFound } from 'next/navigation'
import { ShareCard } from '@/components/share-card.tsx'
import { getPostSeo, getSiteSettings, listPostPaths } from '@/lib/content'
import { siteUrl } from '@/lib/env/public.ts'
import { PRERENDERED_POSTS } from '@/lib/loaders/article.ts'
import {
  parsePermalink,
  pathFromParams,
  permalinkParams,
  postPath,
  type PermalinkParams,
} from '@/lib/addresses/permalink.ts'
import { shareCardText } from '@/lib/seo/share-card-text.ts'
import { SHARE_IMAGE_SIZE } from '@/lib/seo/share-image.ts'

// An article's generated share image: its title and the site's name. The article's metadata
// points here only when the post has no cover image (lib/seo/share-image.ts).
export const alt = 'The article’s title and the site’s name'
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

// Drawn at build time for the articles the page prerenders, on first request for newer ones,
// then served from the cache (and redrawn hourly: a changed title reaches it within the hour).
export const revalidate = 3600

// The articles whose pages are prerendered (PRERENDERED_POSTS, lib/loaders/article.ts).
export async function generateStaticParams() {
  return (await listPostPaths(PRERENDERED_POSTS)).map(permalinkParams)
}

export default async function Image({ params }: { params: Promise<PermalinkParams> }) {
  const requested = parsePermalink(await params)
  if (!requested) notFound()
  const post = await getPostSeo(requested.slug)
  if (!post || postPath(post) !== pathFromParams(requested)) notFound()
  const { siteName } = await getSiteSettings()
  return new ImageResponse(
    <ShareCard
      title={shareCardText(post.title)}
      siteName={shareCardText(siteName)}
      kicker={post.category?.title ? shareCardText(post.category.title) : undefined}
      footer={new URL(siteUrl).host}
    />,
    size,
  )
}
