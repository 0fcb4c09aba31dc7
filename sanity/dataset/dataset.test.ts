import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { parseNdjson, toNdjson } from '@/lib/dataset/ndjson.ts'
import { buildDataset } from './build.ts'
import { checkExport } from './check-export.ts'
import { parseSeedPage } from './seed-page.ts'
import type { DemoImageFile } from './sources/demo-images.ts'
import { samplePosts } from './sources/sample-posts.ts'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const committed = read('./production.ndjson')
const documents = parseNdjson(committed)
const images = JSON.parse(read('./sources/demo-images.json')) as DemoImageFile[]
const SEED_SLUG = 'the-hidden-male-fear-that-makes-him-pull-away-from-you'

describe('the bundled dataset', () => {
  it('is what the build script makes from its sources (run `npm run dataset:build`)', () => {
    expect(committed).toBe(
      toNdjson(buildDataset(read('./sources/seed-page.txt'), samplePosts, images)),
    )
  })

  it('follows the rules `sanity dataset import` enforces', () => {
    expect(checkExport(documents)).toEqual([])
  })

  it('holds the seed article with its title, date and slug', () => {
    const post = documents.find(
      (doc) =>
        doc._type === 'post' &&
        doc.title === 'The Hidden Male Fear That Makes Him Pull Away From You',
    )
    expect(post).toMatchObject({
      slug: { current: 'the-hidden-male-fear-that-makes-him-pull-away-from-you' },
      publishedAt: '2026-02-28T06:00:00.000Z',
    })
  })

  it('has the seed article pick the seed page’s seven suggested reads, in its order', () => {
    const titles = new Map(documents.map((doc) => [doc._id, doc.title]))
    const seed = documents.find(
      (doc) => doc.slug && (doc.slug as { current: string }).current === SEED_SLUG,
    )!
    const picks = seed.related as Array<{ _ref: string; _weak?: boolean }>
    expect(picks.map((pick) => titles.get(pick._ref))).toEqual(
      parseSeedPage(read('./sources/seed-page.txt')).suggestedReads,
    )
    expect(picks).toHaveLength(7)
    // Weak, as the schema has them: a picked post can still be unpublished.
    expect(picks.every((pick) => pick._weak === true)).toBe(true)
    // And the settings show seven.
    expect(documents.find((doc) => doc._id === 'siteSettings')?.suggestedReads).toBe(7)
  })

  it('holds the support details exactly as the seed spells them', () => {
    const settings = documents.find((doc) => doc._id === 'siteSettings')
    expect(settings).toMatchObject({
      siteName: 'Nabado',
      tagline: 'simply amazing, always for you.',
      support: {
        tillNumber: '9549825',
        phoneNumber: '+254701838999',
        recipientName: 'Peterson Getuma Okemwa',
      },
    })
    const services = (settings?.support as { services: Array<{ name: string }> }).services
    expect(services.map((service) => service.name)).toEqual([
      'Remitly',
      'Western Union',
      'SendWave',
      'WorldRemit',
    ])
  })

  it('has image assets in export form, each with its file in public/dataset-images/', async () => {
    const assets = documents.filter((doc) => doc._type === 'sanity.imageAsset')
    expect(assets.length).toBeGreaterThanOrEqual(3)
    for (const asset of assets) {
      const [, sha1, width, height, extension] =
        /^image-([0-9a-f]{40})-(\d+)x(\d+)-(\w+)$/.exec(asset._id) ?? []
      const bytes = readFileSync(
        new URL(
          `../../public/dataset-images/${sha1}-${width}x${height}.${extension}`,
          import.meta.url,
        ),
      )
      const meta = await sharp(bytes).metadata()
      expect(createHash('sha1').update(bytes).digest('hex')).toBe(sha1)
      expect([meta.width, meta.height, meta.format]).toEqual([
        Number(width),
        Number(height),
        extension,
      ])
      expect(asset).toMatchObject({
        assetId: sha1,
        sha1hash: sha1,
        size: bytes.length,
        extension,
        metadata: { dimensions: { width: Number(width), height: Number(height) } },
      })
      // Small enough for readers on metered data even before resizing.
      expect(bytes.length).toBeLessThan(30 * 1024)
    }
  })

  it('gives some posts a cover and the seed article inline images, all described', () => {
    const posts = documents.filter((doc) => doc._type === 'post')
    const covers = posts.flatMap((post) => (post.coverImage ? [post.coverImage] : []))
    expect(covers.length).toBeGreaterThanOrEqual(2)
    const inline = posts.flatMap((post) =>
      (post.body as Array<{ _type: string }>).filter((block) => block._type === 'inlineImage'),
    )
    expect(inline.length).toBeGreaterThanOrEqual(1)
    for (const image of [...covers, ...inline] as Array<Record<string, unknown>>) {
      expect(image.alt).toEqual(expect.stringMatching(/\w{3}/))
      expect(image.asset).toMatchObject({
        _type: 'reference',
        _ref: expect.stringMatching(/^image-/),
      })
    }
  })

  it('has eight posts, an author and categories', () => {
    const count = (type: string) => documents.filter((doc) => doc._type === type).length
    expect(count('post')).toBe(8)
    expect(count('author')).toBeGreaterThanOrEqual(1)
    expect(count('category')).toBeGreaterThanOrEqual(3)
  })
})

describe('checkExport', () => {
  const block = (key?: string) => ({
    _type: 'block',
    ...(key ? { _key: key } : {}),
    children: [{ _type: 'span', _key: 's', text: 'x' }],
  })

  it('reports a document without _id or _type', () => {
    expect(checkExport([{ _type: 'post' }])).toEqual([
      'line 1: _id missing or not a valid document id',
    ])
    expect(checkExport([{ _id: 'a' }])).toEqual(['a: _type missing'])
  })

  it('reports array items without a _key, and duplicate keys', () => {
    expect(checkExport([{ _id: 'a', _type: 'post', body: [block()] }])).toEqual([
      'a.body[0]: _key missing',
    ])
    expect(checkExport([{ _id: 'a', _type: 'post', body: [block('k'), block('k')] }])).toEqual([
      'a.body[1]: duplicate _key k',
    ])
  })

  it('reports malformed and dangling references', () => {
    expect(checkExport([{ _id: 'a', _type: 'post', author: { _ref: 'b' } }])).toEqual([
      'a.author: reference without _type "reference"',
      'a.author: reference to missing document b',
    ])
    expect(
      checkExport([
        { _id: 'a', _type: 'post', author: { _type: 'reference', _ref: 'b' } },
        { _id: 'b', _type: 'author' },
      ]),
    ).toEqual([])
  })

  it('reports duplicate ids', () => {
    expect(
      checkExport([
        { _id: 'a', _type: 'x' },
        { _id: 'a', _type: 'x' },
      ]),
    ).toEqual(['a: duplicate _id'])
  })
})
