import type { SanityDocument } from '../../lib/dataset/ndjson.ts'

/**
 * The bundled dataset in the shape `sanity dataset import <folder>` uploads images from: a
 * folder with one .ndjson file and an images/ folder. Asset documents cannot be imported
 * as they are (the importer checks that their url belongs to the target project, and that it
 * answers), so they are left out, and each image field names its file instead, with the
 * importer's `_sanityAsset: "image@file://./images/<file>"` convention: the importer
 * uploads the file, then sets the field's asset reference, keeping alt, crop and hotspot.
 */
export function toImportFolder(documents: SanityDocument[]): {
  documents: SanityDocument[]
  /** Files to copy into images/ (from public/dataset-images/). */
  images: string[]
} {
  const assets = new Map<string, string>()
  for (const doc of documents) {
    if (doc._type !== 'sanity.imageAsset') continue
    const path = typeof doc.path === 'string' ? doc.path : ''
    const file = path.split('/').at(-1)
    if (!file) throw new Error(`Asset ${doc._id} has no path to take its file name from`)
    assets.set(doc._id, file)
  }
  const used = new Set<string>()

  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite)
    if (typeof value !== 'object' || value === null) return value
    const record = value as Record<string, unknown>
    const asset = record.asset as { _ref?: unknown } | undefined
    const ref = typeof asset?._ref === 'string' ? asset._ref : undefined
    const entries = Object.entries(record).map(([key, child]) => [key, rewrite(child)] as const)
    if (!ref || !assets.has(ref)) return Object.fromEntries(entries)
    const file = assets.get(ref)!
    used.add(file)
    return {
      ...Object.fromEntries(entries.filter(([key]) => key !== 'asset')),
      _sanityAsset: `image@file://./images/${file}`,
    }
  }

  return {
    documents: documents
      .filter((doc) => doc._type !== 'sanity.imageAsset')
      .map((doc) => rewrite(doc) as SanityDocument),
    images: [...used].sort(),
  }
}
