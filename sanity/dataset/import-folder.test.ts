import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseNdjson, toNdjson } from '@/lib/dataset/ndjson.ts'
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

describe('sanity dataset import of the folder (Sanity’s own importer)', () => {
  it('uploads each image and points the fields at it, alt, hotspot and caption kept', async () => {
    const { createHash } = await import('node:crypto')
    const { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { createClient } = await import('@sanity/client')
    const { sanityImport } = await import('@sanity/import')
    const { createSanityStandIn } = await import('../../tools/sanity-stand-in/server.ts')

    // The folder as `npm run dataset:import-folder` writes it.
    const dir = mkdtempSync(join(tmpdir(), 'nabado-import-'))
    mkdirSync(join(dir, 'images'))
    writeFileSync(join(dir, 'data.ndjson'), toNdjson(folder.documents))
    for (const file of folder.images)
      copyFileSync(
        new URL(`../../public/dataset-images/${file}`, import.meta.url),
        join(dir, 'images', file),
      )

    const standIn = await createSanityStandIn({ projectId: 'importtest', token: 't' })
    try {
      const client = createClient({
        projectId: 'importtest',
        dataset: 'production',
        apiVersion: '2025-10-01',
        apiHost: standIn.httpUrl,
        useProjectHostname: false,
        useCdn: false,
        token: 't',
      })
      // The stand-in has no asset store: an upload becomes an asset document, as Sanity makes.
      const uploaded: string[] = []
      Object.assign(client.assets, {
        upload: async (_type: string, body: Buffer, options: { filename?: string }) => {
          const sha1 = createHash('sha1').update(body).digest('hex')
          const [, w, h, ext] = /-(\d+)x(\d+)\.(\w+)$/.exec(options.filename ?? '') ?? []
          const asset = {
            _id: `image-${sha1}-${w}x${h}-${ext}`,
            _type: 'sanity.imageAsset',
            sha1hash: sha1,
            url: `https://cdn.sanity.io/images/importtest/production/${sha1}-${w}x${h}.${ext}`,
          }
          uploaded.push(options.filename ?? '')
          await client.createOrReplace(asset)
          return asset
        },
      })
      await sanityImport(dir, {
        client,
        operation: 'create',
        skipCrossDatasetReferences: true,
        onProgress: () => undefined,
      } as Parameters<typeof sanityImport>[1])

      expect(uploaded.sort()).toEqual(folder.images)
      const covers = await client.fetch<Array<Record<string, unknown>>>(
        `*[_type == "post" && defined(coverImage)] | order(title) { "alt": coverImage.alt, "x": coverImage.hotspot.x, "file": coverImage.asset->url }`,
      )
      expect(covers.length).toBe(
        documents.filter((doc) => doc._type === 'post' && doc.coverImage).length,
      )
      for (const cover of covers) {
        expect(cover.alt).toEqual(expect.stringMatching(/\w/))
        expect(cover.file).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/importtest\/production\//)
      }
      const inline = await client.fetch<Array<Record<string, unknown>>>(
        `*[_type == "post"].body[_type == "inlineImage"]{ alt, caption, "id": asset->_id }`,
      )
      expect(inline.length).toBeGreaterThanOrEqual(2)
      for (const image of inline)
        expect(image).toMatchObject({
          caption: expect.any(String),
          id: expect.stringMatching(/^image-/),
        })
    } finally {
      await standIn.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
