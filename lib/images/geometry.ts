import type { ImageAsset } from './asset-id.ts'

/** The editor's crop and hotspot, as fractions of the image (Sanity's image field). */
export type ImageCrop = { top?: number; bottom?: number; left?: number; right?: number }
export type ImageHotspot = { x?: number; y?: number; width?: number; height?: number }

export type Rect = { left: number; top: number; width: number; height: number }

const clamp01 = (value: number) => Math.min(1, Math.max(0, value))

/** The part of the image the editor kept, in pixels of the original (the whole image without a crop). */
export function cropRect(
  asset: Pick<ImageAsset, 'width' | 'height'>,
  crop?: ImageCrop | null,
): Rect {
  const left = Math.round(clamp01(crop?.left ?? 0) * asset.width)
  const top = Math.round(clamp01(crop?.top ?? 0) * asset.height)
  const right = Math.round(clamp01(crop?.right ?? 0) * asset.width)
  const bottom = Math.round(clamp01(crop?.bottom ?? 0) * asset.height)
  const width = asset.width - left - right
  const height = asset.height - top - bottom
  // A crop that leaves nothing is a broken value: show the whole image instead.
  if (width < 1 || height < 1) return { left: 0, top: 0, width: asset.width, height: asset.height }
  return { left, top, width, height }
}

/**
 * The size the image is shown at: the cropped image, or, for a fixed aspect ratio (width ÷
 * height), the largest box of that ratio inside it. Used for width/height, so the browser
 * reserves the right space before the file arrives.
 */
export function displaySize(rect: Rect, aspect?: number): { width: number; height: number } {
  if (!aspect) return { width: rect.width, height: rect.height }
  const width = Math.min(rect.width, Math.round(rect.height * aspect))
  return { width, height: Math.round(width / aspect) }
}

/**
 * The hotspot's centre relative to the cropped rect (0..1 each way), or null without a
 * complete hotspot. The CDN's focal point (fp-x, fp-y) is measured in the cropped image.
 */
export function focalPoint(
  asset: Pick<ImageAsset, 'width' | 'height'>,
  rect: Rect,
  hotspot?: ImageHotspot | null,
): { x: number; y: number } | null {
  if (typeof hotspot?.x !== 'number' || typeof hotspot?.y !== 'number') return null
  const round = (value: number) => Math.round(clamp01(value) * 1000) / 1000
  return {
    x: round((hotspot.x * asset.width - rect.left) / rect.width),
    y: round((hotspot.y * asset.height - rect.top) / rect.height),
  }
}
