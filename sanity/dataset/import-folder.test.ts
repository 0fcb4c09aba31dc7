import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseNdjson } from '@/lib/content/bundled-source.ts'
import { checkExport } from './check-export.ts'
import { toImportFolder } from './import-folder.ts'

const documents = parseNdjson(readFileSync(new URL('./production.ndjson', import.meta.url), 'utf8'))
const folder = toImportFolder(documents)

/** What @sanity/import accepts in `_sanityAsset` (src/assetRefs.ts assetMatcher). */
const ASSET_MATCHER = /^(file|image)@([a-z]+:\/\/.*)/

const imageFields = (value: unknown): Array<Record<string, unknown>> => {
  if (Array.isArray(value)) return value.flatMap(imageFields)
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  const own = '_sanityAsset' in record || 'asset' in record ? [record] : []
  return [...own, ...Object.values(record).flatMap(imageFields)]
}

describe('the import folder (npm run dataset:import-folder)', () => {
  it('leaves the asset documents out and names each image’s file instead', () => {
    expect(folder.documents.some((doc) => doc._type === 'sanity.imageAsset')).toBe(false)
    expect(folder.documents).toHaveLength(
      documents.filter((doc) => doc._type !== 'sanity.imageAsset').length,
    )
    const fields = imageFields(folder.documents)
    expect(fields.length).toBe(
      imageFields(documents.filter((d) => d._type !== 'sanity.imageAsset')).length,
    )
    for (const field of fields) {
      expect(field.asset).toBeUndefined()
      const value = String(field._sanityAsset)
      expect(value).toMatch(ASSET_MATCHER)
      const file = value.replace('image@file://./images/', '')
      expect(folder.images).toContain(file)
      // The editor's alt text and hotspot travel with the image.
      expect(field.alt).toEqual(expect.stringMatching(/\w/))
    }
  })

  it('copies files that exist, and keeps every other rule of the import', () => {
    expect(folder.images.length).toBeGreaterThanOrEqual(3)
    for (const file of folder.images)
      expect(existsSync(new URL(`../../public/dataset-images/${file}`, import.meta.url))).toBe(true)
    expect(checkExport(folder.documents)).toEqual([])
  })

  it('keeps hotspot and crop beside the file', () => {
    const seed = folder.documents.find((doc) => doc._id.includes('hidden-male-fear'))
    expect(seed?.coverImage).toMatchObject({
      _type: 'image',
      _sanityAsset: expect.stringMatching(
        /^image@file:\/\/\.\/images\/[0-9a-f]{40}-1200x800\.webp$/,
      ),
      hotspot: { x: 0.49, y: 0.68 },
    })
  })
})
