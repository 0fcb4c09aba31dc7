/** What an image asset's id says about its file: Sanity names assets by content and size. */
export type ImageAsset = {
  id: string
  hash: string
  width: number
  height: number
  extension: string
  /** The file's name on the CDN and in an export's images/ folder: <hash>-<w>x<h>.<ext>. */
  file: string
}

const ASSET_ID = /^image-([a-zA-Z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/

/** `image-<hash>-<w>x<h>-<ext>` → its parts; null for anything else (or a zero size). */
export function parseImageAssetId(id: string | null | undefined): ImageAsset | null {
  const match = id ? ASSET_ID.exec(id) : null
  if (!match) return null
  const [, hash, w, h, extension] = match as unknown as [string, string, string, string, string]
  const width = Number(w)
  const height = Number(h)
  if (!width || !height) return null
  return {
    id: id as string,
    hash,
    width,
    height,
    extension,
    file: `${hash}-${w}x${h}.${extension}`,
  }
}
