import { ImageResponse } from 'next/og'
import { ShareCard } from '@/components/share-card.tsx'
import { getSiteSettings } from '@/lib/content'
import { DEFAULT_SHARE_IMAGE, SHARE_IMAGE_SIZE } from '@/lib/seo/share-image.ts'
import { SITE_TAGLINE } from '@/lib/seo/site.ts'

// The site's default share image, for every page without one of its own.
export const alt = DEFAULT_SHARE_IMAGE.alt
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

export default async function Image() {
  const { siteName, tagline, description } = await getSiteSettings()
  return new ImageResponse(
    <ShareCard
      title={description || 'Relationships and society in Kenya.'}
      siteName={siteName}
      footer={tagline || SITE_TAGLINE}
    />,
    size,
  )
}
