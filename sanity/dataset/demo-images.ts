import { BUNDLED_IMAGES_PROJECT_ID } from '../../lib/images/bundled.ts'
import { stableKey } from './keys.ts'
import type { DemoImageFile, DemoImageUse } from './sources/demo-images.ts'

/** When the demo images were "uploaded" (fixed, so the dataset is reproducible). */
const UPLOADED_AT = '2026-02-20T06:00:00.000Z'

export const imageAssetId = (file: DemoImageFile) =>
  `image-${file.sha1}-${file.width}x${file.height}-${file.extension}`

/**
 * A `sanity.imageAsset` document as `sanity dataset export` writes it. The url and path name
 * the bundled placeholder project (lib/images/bundled.ts): the site serves these files itself.
 */
export function imageAssetDocument(file: DemoImageFile) {
  const location = `images/${BUNDLED_IMAGES_PROJECT_ID}/production/${file.file}`
  return {
    _id: imageAssetId(file),
    _type: 'sanity.imageAsset',
    _createdAt: UPLOADED_AT,
    _updatedAt: UPLOADED_AT,
    assetId: file.sha1,
    extension: file.extension,
    mimeType: file.mimeType,
    originalFilename: `${file.key}.${file.extension}`,
    path: location,
    sha1hash: file.sha1,
    size: file.size,
    uploadId: stableKey('upload', file.sha1),
    url: `https://cdn.sanity.io/${location}`,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: file.width,
        height: file.height,
        aspectRatio: file.width / file.height,
      },
      hasAlpha: false,
      isOpaque: true,
    },
  }
}

/** An image field (cover or inline image) pointing at a demo asset. */
export function imageField(use: DemoImageUse, files: DemoImageFile[]) {
  const file = files.find((candidate) => candidate.key === use.image)
  if (!file) throw new Error(`No demo image file "${use.image}" (run npm run dataset:images)`)
  return {
    asset: { _type: 'reference', _ref: imageAssetId(file) },
    ...(use.crop ? { crop: { _type: 'sanity.imageCrop', ...use.crop } } : {}),
    ...(use.hotspot ? { hotspot: { _type: 'sanity.imageHotspot', ...use.hotspot } } : {}),
    alt: use.alt,
  }
}
