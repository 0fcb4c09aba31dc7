import '@/lib/server-only.ts'
import type { ImageLoader } from 'next/image'
import { contentSourceConfig } from '@/lib/env/server.ts'
import { imageCdnUrl } from '@/lib/env/images.ts'
import { parseImageAssetId } from './asset-id.ts'
import { BUNDLED_IMAGES_PATH, BUNDLED_IMAGES_PROJECT_ID } from './bundled.ts'
import { cdnImageUrl, type ImageLocation } from './cdn-url.ts'
import { cropRect, displaySize, type ImageCrop, type ImageHotspot } from './geometry.ts'

/** An image field as the queries return it (sanity/queries.ts IMAGE_FIELDS). */
export type ImageField = {
  alt?: string | null
  crop?: ImageCrop | null
  hotspot?: ImageHotspot | null
  asset?: { _id: string; url?: string | null } | null
}

/** What next/image's getImageProps needs to show one image. */
export type ResolvedImage = {
  src: string
  width: number
  height: number
  alt: string
  /** Sanity's CDN resizes itself; without a loader Next.js's optimiser (/_next/image) does. */
  loader?: ImageLoader
  /** Bundled files are not cropped by a CDN: CSS keeps the hotspot in view instead. */
  objectPosition?: string
}

/** https://<host>/images/<projectId>/<dataset>/<file>: an asset's address in an export. */
const EXPORT_URL = /^(https?:\/\/[^/]+)\/images\/([^/]+)\/([^/]+)\/[^/]+$/

function exportLocation(url: string | null | undefined): ImageLocation | null {
  const match = url ? EXPORT_URL.exec(url) : null
  if (!match) return null
  const [, baseUrl, projectId, dataset] = match as unknown as [string, string, string, string]
  return { baseUrl, projectId, dataset }
}

function cdnLocation(field: ImageField): ImageLocation | 'bundled' | null {
  if (contentSourceConfig.kind === 'sanity') {
    const { projectId, dataset } = contentSourceConfig
    return { baseUrl: imageCdnUrl, projectId, dataset }
  }
  // Bundled mode: the demo's own files, or another export's images on Sanity's CDN.
  const location = exportLocation(field.asset?.url)
  if (location?.projectId === BUNDLED_IMAGES_PROJECT_ID) return 'bundled'
  return location
}

/**
 * How to show an image field, at a fixed aspect ratio (width ÷ height) or its own: null when
 * there is nothing to show (no asset, an asset document that is missing, or an imported
 * placeholder that was never uploaded), so a page never breaks on a half-imported image.
 */
export function resolveImage(
  field: ImageField | null | undefined,
  { aspect }: { aspect?: number } = {},
): ResolvedImage | null {
  const asset = parseImageAssetId(field?.asset?._id)
  if (!field || !asset) return null
  const location = cdnLocation(field)
  if (!location) return null
  const alt = field.alt?.trim() ?? ''

  if (location === 'bundled') {
    // The whole file is served; the crop box comes from CSS (object-fit), around the hotspot.
    const size = displaySize(cropRect(asset), aspect)
    const x = field.hotspot?.x ?? 0.5
    const y = field.hotspot?.y ?? 0.5
    return {
      src: `${BUNDLED_IMAGES_PATH}/${asset.file}`,
      ...size,
      alt,
      objectPosition: `${Math.round(x * 100)}% ${Math.round(y * 100)}%`,
    }
  }

  const size = displaySize(cropRect(asset, field.crop), aspect)
  const image = { asset, crop: field.crop, hotspot: field.hotspot }
  // Called by getImageProps for each width in the srcset (next.config.ts images sizes).
  const loader: ImageLoader = ({ width, quality }) =>
    cdnImageUrl(location, image, { width, aspect, quality })
  return { src: asset.id, ...size, alt, loader }
}
