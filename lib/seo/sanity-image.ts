import { createImageUrlBuilder } from '@sanity/image-url'
import { BUNDLED_IMAGES_PROJECT_ID } from '@/lib/images/bundled.ts'

/**
 * An image field as the queries return it: the asset reference, the editor's crop and
 * hotspot, and the asset's CDN address (`"url": asset->url`).
 */
export type SanityImageField = {
  asset?: { _ref: string } | null
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null
  url?: string | null
  alt?: string | null
}

/** https://cdn.sanity.io/images/<projectId>/<dataset>/<file>: where the asset lives. */
const ASSET_URL = /^(https?:\/\/[^/]+)\/images\/([^/]+)\/([^/]+)\/[^/]+$/

function complete<T extends Record<string, number | undefined>>(
  value: T | null | undefined,
  keys: Array<keyof T>,
): Required<T> | undefined {
  if (!value) return undefined
  return keys.every((key) => typeof value[key] === 'number') ? (value as Required<T>) : undefined
}

/**
 * A resized, cropped address for an image in Sanity's CDN, honouring the editor's crop and
 * hotspot. The project and dataset are read from the asset's own address, so this works the
 * same with the Content Lake and with a bundled export; null when the image has no asset
 * (nothing uploaded, an export whose asset documents are missing, or a bundled demo image).
 */
export function sanityImageUrl(
  image: SanityImageField | null | undefined,
  size: { width: number; height?: number; format?: 'jpg' | 'png' | 'webp' },
): string | null {
  const ref = image?.asset?._ref
  const match = image?.url ? ASSET_URL.exec(image.url) : null
  if (!ref || !match) return null
  const [, baseUrl, projectId, dataset] = match as unknown as [string, string, string, string]
  // The bundled demo's images are files the site serves, not on Sanity's CDN: previews and
  // feeds fall back to what they use without an image.
  if (projectId === BUNDLED_IMAGES_PROJECT_ID) return null
  const crop = complete(image.crop, ['top', 'bottom', 'left', 'right'])
  const hotspot = complete(image.hotspot, ['x', 'y', 'width', 'height'])
  let builder = createImageUrlBuilder({ baseUrl, projectId, dataset })
    .image({ asset: { _ref: ref }, ...(crop ? { crop } : {}), ...(hotspot ? { hotspot } : {}) })
    .width(size.width)
    .format(size.format ?? 'jpg')
  if (size.height) builder = builder.height(size.height).fit('crop')
  return builder.url()
}
