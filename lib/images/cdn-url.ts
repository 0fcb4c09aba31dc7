import { createImageUrlBuilder } from '@sanity/image-url'
import type { ImageAsset } from './asset-id.ts'
import { cropRect, focalPoint, type ImageCrop, type ImageHotspot } from './geometry.ts'

/** Where a dataset's images live: the CDN (or a proxy of it), the project and the dataset. */
export type ImageLocation = { baseUrl: string; projectId: string; dataset: string }

export type CdnImage = { asset: ImageAsset; crop?: ImageCrop | null; hotspot?: ImageHotspot | null }

/** WebP/AVIF at 60 looks clean for photos and drawings and saves readers' data. */
export const IMAGE_QUALITY = 60

/**
 * An image from Sanity's image CDN at `width` pixels wide, honouring the editor's crop
 * (`rect`, in pixels of the original) and hotspot (`fp-x`/`fp-y`, the crop's focal point,
 * relative to the cropped image) when cut to a fixed aspect ratio. The CDN resizes and picks
 * AVIF or WebP for the browser (`auto=format`), so Next.js does not optimise these again.
 */
export function cdnImageUrl(
  location: ImageLocation,
  image: CdnImage,
  { width, aspect, quality = IMAGE_QUALITY }: { width: number; aspect?: number; quality?: number },
): string {
  const { asset } = image
  const rect = cropRect(asset, image.crop)
  let builder = createImageUrlBuilder(location)
    .image({ asset: { _ref: asset.id } })
    .rect(rect.left, rect.top, rect.width, rect.height)
    .width(width)
    .auto('format')
    .quality(quality)
  if (aspect) {
    builder = builder.height(Math.round(width / aspect)).fit('crop')
    const point = focalPoint(asset, rect, image.hotspot)
    if (point) builder = builder.crop('focalpoint').focalPoint(point.x, point.y)
  }
  return builder.url()
}
