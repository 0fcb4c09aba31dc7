import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseNdjson, type SanityDocument } from '../../lib/dataset/ndjson.ts'
import { postPath } from '../../lib/permalink.ts'
import { checkExport } from '../../sanity/dataset/check-export.ts'
import { runImport, type ImportOptions, type ImportSummary } from './run-import.ts'

const FIXTURE = fileURLToPath(
  new URL('../../e2e/fixtures/wordpress/nabado-export.xml', import.meta.url),
)
const fixture = readFileSync(FIXTURE, 'utf8')
const directory = mkdtempSync(path.join(tmpdir(), 'wordpress-import-'))
const file = (name: string) => path.join(directory, name)

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return {
    input: FIXTURE,
    output: file('out.ndjson'),
    redirects: file('redirects.json'),
    drafts: 'skip',
    images: 'asset',
    skipTypes: [],
    ...overrides,
  }
}

let summary: ImportSummary
let documents: SanityDocument[]

beforeAll(async () => {
  summary = await runImport(options())
  documents = parseNdjson(readFileSync(file('out.ndjson'), 'utf8'))
})

const byId = (id: string) => documents.find((document) => document._id === id)!

describe('importing the fixture export', () => {
  it('brings every published post, category, tag and author, and counts them', () => {
    expect(summary).toMatchObject({
      posts: 3,
      drafts: 0,
      skippedPosts: 2,
      pages: 1,
      attachments: 2,
      categories: 4,
      tags: 2,
      authors: 2,
      images: 3,
      classicBodies: 2,
      blockBodies: 1,
      shortcodes: { gallery: 1, su_box: 1, 'contact-form-7': 1 },
    })
    expect(
      documents
        .filter((d) => d._type === 'post')
        .map((d) => d._id)
        .sort(),
    ).toEqual(['wp-post-101', 'wp-post-102', 'wp-post-103'])
  })

  it('puts every post at the address WordPress gave it', () => {
    const links = [
      ...fixture.matchAll(
        /<link>(https:\/\/nabado\.co\.ke\/\d{4}\/[^<]+)<\/link>[\s\S]*?<wp:post_id>(\d+)<\/wp:post_id>[\s\S]*?<wp:status><!\[CDATA\[(\w+)\]\]>/g,
      ),
    ]
      .filter((match) => match[3] === 'publish')
      .map((match) => [match[2], new URL(match[1]!).pathname.replace(/\/$/, '')])
    expect(links).toHaveLength(3)
    for (const [id, wordpressPath] of links) {
      const post = byId(`wp-post-${id}`)
      const slug = (post.slug as { current: string }).current
      expect(postPath({ slug, publishedAt: post.publishedAt as string })).toBe(wordpressPath)
    }
  })

  it('maps titles, excerpts, authors, categories, tags and the featured image', () => {
    const post = byId('wp-post-101')
    expect(post).toMatchObject({
      title: 'Habari za Mapenzi: Love & Money in Nairobi 💸',
      publishedAt: '2024-03-05T22:15:00.000Z',
      _updatedAt: '2024-03-07T07:00:00.000Z',
      excerpt: 'How love & money meet in Nairobi homes.',
      author: { _type: 'reference', _ref: 'wp-author-1' },
      coverImage: {
        _type: 'image',
        _sanityAsset: 'image@https://nabado.co.ke/wp-content/uploads/2024/03/mama-amina.jpg',
        alt: 'Mama Amina among her sukuma wiki',
      },
    })
    expect((post.categories as Array<{ _ref: string }>).map((ref) => ref._ref)).toEqual([
      'wp-category-4',
      'wp-category-3',
    ])
    expect((post.tags as Array<{ _ref: string }>).map((ref) => ref._ref)).toEqual([
      'wp-tag-10',
      'wp-tag-11',
    ])
    expect(byId('wp-category-4')).toMatchObject({
      title: 'Money & Love',
      slug: { current: 'money-love' },
    })
    expect(byId('wp-author-2')).toMatchObject({
      name: 'Otieno Okoth',
      slug: { current: 'otieno-okoth' },
    })
    // No excerpt in WordPress: the first paragraph stands in.
    expect(byId('wp-post-102').excerpt).toBe(
      'Couples in Kenya share more than a roof: they share an M-Pesa line. Ni kweli? 🤝',
    )
  })

  it('never exports authors’ email addresses', () => {
    expect(readFileSync(file('out.ndjson'), 'utf8')).not.toContain('@example.com')
  })

  it('writes a file that follows the import rules of `sanity dataset import`', () => {
    expect(checkExport(documents)).toEqual([])
  })

  it('writes the redirect map for old addresses', () => {
    const map = JSON.parse(readFileSync(file('redirects.json'), 'utf8'))
    expect(map.query.p).toEqual({
      '101': '/2024/03/06/habari-za-mapenzi',
      '102': '/2024/04/10/m-pesa-marriage',
      '103': '/2023/12/31/first-dates-in-mombasa',
    })
    expect(map.query.cat).toMatchObject({
      '4': '/category/money-love',
      '8': '/category/elan-vital',
    })
    expect(map.query.author).toEqual({ '1': '/author/wanjiku', '2': '/author/otieno-okoth' })
    expect(map.paths).toMatchObject({
      '/tag/nairobi': '/search?q=Nairobi',
      '/category/relationships/dating': '/category/dating',
      '/category/élan-vital': '/category/elan-vital',
    })
  })

  it('reports every warning: pages, left-out items and changed slugs', () => {
    expect(summary.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^page 106 "About Nabado".*not imported/),
        expect.stringMatching(/nav_menu_item/),
        expect.stringMatching(/post 104 "A draft about dowry" is draft/),
        expect.stringMatching(/post 105 "Private notes" is private/),
        expect.stringMatching(/Élan Vital.*elan-vital/),
      ]),
    )
  })

  it('gives identical output when run twice', async () => {
    await runImport(options({ output: file('again.ndjson'), redirects: file('again.json') }))
    expect(readFileSync(file('again.ndjson'), 'utf8')).toBe(
      readFileSync(file('out.ndjson'), 'utf8'),
    )
    expect(readFileSync(file('again.json'), 'utf8')).toBe(
      readFileSync(file('redirects.json'), 'utf8'),
    )
  })

  it('imports unpublished posts as drafts when asked', async () => {
    const result = await runImport(options({ output: file('drafts.ndjson'), drafts: 'draft' }))
    expect(result).toMatchObject({ posts: 3, drafts: 2, skippedPosts: 0 })
    const drafts = parseNdjson(readFileSync(file('drafts.ndjson'), 'utf8'))
    const draft = drafts.find((d) => d._id === 'drafts.wp-post-104')
    expect(draft).toMatchObject({ slug: { current: 'a-draft-about-dowry' } })
    expect(drafts.some((d) => d._id === 'drafts.wp-post-105')).toBe(true)
    expect(checkExport(drafts)).toEqual([])
  })

  it('keeps images as links offline', async () => {
    const result = await runImport(options({ output: file('links.ndjson'), images: 'link' }))
    const text = readFileSync(file('links.ndjson'), 'utf8')
    expect(text).not.toContain('_sanityAsset')
    expect(text).toContain('https://nabado.co.ke/wp-content/uploads/2024/04/m-pesa-receipt.png')
    expect(result.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/featured image left out/)]),
    )
  })
})

describe('bad input', () => {
  const attempt = async (name: string, content: string, extra: Partial<ImportOptions> = {}) => {
    const input = file(name)
    writeFileSync(input, content)
    const output = file(`${name}.ndjson`)
    writeFileSync(output, 'previous good import\n')
    const error = await runImport(
      options({ input, output, redirects: file(`${name}.json`), ...extra }),
    ).then(
      () => undefined,
      (failure: Error) => failure,
    )
    // Whatever happened, the previous output is intact and no temporary file is left.
    expect(readFileSync(output, 'utf8')).toBe('previous good import\n')
    expect(existsSync(file(`${name}.json`))).toBe(false)
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([])
    return error
  }

  it('refuses a file that is not a WordPress export', async () => {
    expect(
      (await attempt('page.html', '<!doctype html><html><body>Hi</body></html>'))?.message,
    ).toMatch(/not a WordPress export/)
    expect(
      (await attempt('feed.xml', '<rss version="2.0"><channel><item/></channel></rss>'))?.message,
    ).toMatch(/not a WordPress export/)
  })

  it('refuses a truncated export', async () => {
    const cut = fixture.slice(0, Math.floor(fixture.length * 0.6))
    expect((await attempt('cut.xml', cut))?.message).toMatch(/cut short|not well-formed/)
  })

  it('refuses an unknown post type, unless told to skip it', async () => {
    const product = fixture.replace(
      '<wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>',
      '<wp:post_type><![CDATA[product]]></wp:post_type>',
    )
    expect((await attempt('product.xml', product))?.message).toMatch(
      /unknown post type "product" \(e\.g\. item 300\).*--skip-type/,
    )
    const skipped = await runImport(
      options({ input: file('product.xml'), output: file('skip.ndjson'), skipTypes: ['product'] }),
    )
    expect(skipped.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/type "product" left out/)]),
    )
  })

  it('refuses a file that does not exist', async () => {
    await expect(runImport(options({ input: file('missing.xml') }))).rejects.toThrow(/no such file/)
  })
})
