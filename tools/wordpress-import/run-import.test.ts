import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseNdjson, type SanityDocument } from '../../lib/dataset/ndjson.ts'
import { postPath } from '../../lib/addresses/permalink.ts'
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
  it('brings every published post, page, category, tag and author, and counts them', () => {
    expect(summary).toMatchObject({
      posts: 4,
      drafts: 0,
      skippedPosts: 2,
      pages: 5,
      pageDrafts: 0,
      skippedPages: 2,
      attachments: 2,
      categories: 4,
      tags: 2,
      authors: 2,
      images: 3,
      // Posts 101 and 103 and the five pages; posts 102 and 107.
      classicBodies: 7,
      blockBodies: 2,
      shortcodes: { gallery: 1, su_box: 1, 'contact-form-7': 1 },
      blocks: { dataTable: 1, code: 1, divider: 1, embed: 5 },
    })
    const ids = (type: string) =>
      documents
        .filter((d) => d._type === type)
        .map((d) => d._id)
        .sort()
    expect(ids('post')).toEqual(['wp-post-101', 'wp-post-102', 'wp-post-103', 'wp-post-107'])
    expect(ids('page')).toEqual([
      'page-about',
      'page-history',
      'page-privacy',
      'page-support-page',
      'page-team',
    ])
  })

  it('puts every post at the address WordPress gave it', () => {
    const links = [
      ...fixture.matchAll(
        /<link>(https:\/\/nabado\.co\.ke\/\d{4}\/[^<]+)<\/link>[\s\S]*?<wp:post_id>(\d+)<\/wp:post_id>[\s\S]*?<wp:status><!\[CDATA\[(\w+)\]\]>/g,
      ),
    ]
      .filter((match) => match[3] === 'publish')
      .map((match) => [match[2], new URL(match[1]!).pathname.replace(/\/$/, '')])
    expect(links).toHaveLength(4)
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
      '107': '/2024/05/14/money-talk-before-the-wedding',
    })
    // Every published page by its WordPress id; drafts and private pages are not there.
    expect(map.query.page_id).toEqual({
      '106': '/about',
      '108': '/about/team',
      '109': '/privacy',
      '112': '/support-page',
      '113': '/about/history',
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
      // Three levels on WordPress, two here.
      '/about/team/history': '/about/history',
    })
    // /about/ and /about/team/ keep their address (Next.js drops the slash with a 308), and
    // the site's own /support is never sent to the WordPress page that had its address.
    expect(Object.keys(map.paths)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/(about|about\/team|support)$/)]),
    )
  })

  it('imports pages with their hierarchy, at most two levels deep', () => {
    expect(byId('page-about')).toMatchObject({
      _type: 'page',
      title: 'About Nabado',
      slug: { _type: 'slug', current: 'about' },
      _createdAt: '2023-01-01T07:00:00.000Z',
    })
    expect(byId('page-about')).not.toHaveProperty('parent')
    expect(byId('page-team')).toMatchObject({
      slug: { current: 'team' },
      parent: { _type: 'reference', _ref: 'page-about' },
    })
    // Our history was under Team on WordPress: here it is under About.
    expect(byId('page-history')).toMatchObject({
      title: 'Our history',
      parent: { _ref: 'page-about' },
    })
    expect(byId('page-privacy')).toMatchObject({
      seoDescription: 'What Nabado keeps about its readers: nothing, unless you write to us.',
    })
    const team = byId('page-team').body as Array<{ style?: string; listItem?: string }>
    expect(team.map((block) => block.listItem ?? block.style)).toEqual([
      'normal',
      'h2',
      'bullet',
      'bullet',
    ])
  })

  it('never lets a page take one of the site’s own addresses', () => {
    expect(byId('page-support-page')).toMatchObject({
      title: 'Support Nabado',
      slug: { current: 'support-page' },
    })
    expect(
      documents.some(
        (d) => (d.slug as { current?: string })?.current === 'support' && d._type === 'page',
      ),
    ).toBe(false)
  })

  it('maps everything a magazine writes to the body’s own blocks', () => {
    const body = byId('wp-post-107').body as Array<Record<string, unknown>>
    expect(body.filter((block) => block._type !== 'block')).toEqual([
      expect.objectContaining({
        _type: 'dataTable',
        caption: 'Amina and Brian’s monthly budget',
        headerRow: true,
      }),
      expect.objectContaining({ _type: 'code', language: 'python' }),
      expect.objectContaining({ _type: 'divider', style: 'line' }),
      expect.objectContaining({
        _type: 'embed',
        url: 'https://www.youtube.com/watch?v=kZ3wB7mTq1E',
        caption: 'Amina and Brian go through their first joint budget',
      }),
      expect.objectContaining({ url: 'https://x.com/nabadomag/status/1790412345678901234' }),
      expect.objectContaining({ url: 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk' }),
      expect.objectContaining({ url: 'https://vimeo.com/912345678' }),
    ])
    const table = body.find((block) => block._type === 'dataTable')!.table as {
      rows: Array<{ cells: string[] }>
    }
    expect(table.rows.map((row) => row.cells[0])).toEqual([
      'Item',
      'Rent, one bedroom in Kilimani',
      'Food and cooking gas',
      'Black tax (parents’ upkeep)',
      'Chama contribution',
    ])
    const marks = new Set(
      body.flatMap((block) =>
        ((block.children ?? []) as Array<{ marks?: string[] }>).flatMap(
          (child) => child.marks ?? [],
        ),
      ),
    )
    for (const mark of ['strike-through', 'sub', 'sup', 'code', 'underline', 'strong'])
      expect(marks).toContain(mark)
    const numbered = body.filter((block) => block.listItem === 'number')
    expect(numbered.map((block) => block.listStart)).toEqual([8, undefined, undefined])
  })

  it('reports every warning: what could not be mapped, pages, left-out items and changed slugs', () => {
    expect(summary.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^post 107: video file https:\/\/nabado\.co\.ke\/wp-content\/uploads\/2024\/05\/budget-night\.mp4 kept as a link/,
        ),
        expect.stringMatching(
          /^page 112 "Support Nabado": slug "support" cannot be a page's here.*now "support-page"/,
        ),
        expect.stringMatching(/^page 112: its WordPress address \/support is the site's own/),
        expect.stringMatching(/^page 113 "Our history": pages are at most two levels deep here/),
        expect.stringMatching(
          /^skipped page 110 "Advertise with us" is draft \(use --drafts draft/,
        ),
        expect.stringMatching(/^skipped page 111 "Editors’ style guide" is private/),
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
    const result = await runImport(
      options({ output: file('drafts.ndjson'), redirects: file('drafts.json'), drafts: 'draft' }),
    )
    expect(result).toMatchObject({
      posts: 4,
      drafts: 2,
      skippedPosts: 0,
      pages: 5,
      pageDrafts: 2,
      skippedPages: 0,
    })
    const drafts = parseNdjson(readFileSync(file('drafts.ndjson'), 'utf8'))
    const draft = drafts.find((d) => d._id === 'drafts.wp-post-104')
    expect(draft).toMatchObject({ slug: { current: 'a-draft-about-dowry' } })
    expect(drafts.some((d) => d._id === 'drafts.wp-post-105')).toBe(true)
    // A draft page without a WordPress slug gets one from its title; a private page is a draft.
    expect(drafts.find((d) => d._id === 'drafts.page-advertise-with-us')).toMatchObject({
      _type: 'page',
      title: 'Advertise with us',
    })
    expect(drafts.find((d) => d._id === 'drafts.page-style-guide')).toMatchObject({
      slug: { current: 'style-guide' },
    })
    expect(checkExport(drafts)).toEqual([])
    // Drafts have no address yet: nothing redirects to them.
    const map = JSON.parse(readFileSync(file('drafts.json'), 'utf8'))
    expect(Object.keys(map.query.page_id).sort()).toEqual(['106', '108', '109', '112', '113'])
    expect(map.query.p).not.toHaveProperty('104')
  })

  it('keeps settings written last, without footer links to pages the import lacks', async () => {
    const settings = {
      _id: 'siteSettings',
      _type: 'siteSettings',
      siteName: 'Nabado',
      footerLinks: [
        { _key: 'a', _type: 'footerLink', page: { _type: 'reference', _ref: 'page-about' } },
        { _key: 'b', _type: 'footerLink', page: { _type: 'reference', _ref: 'page-contact' } },
        { _key: 'c', _type: 'footerLink', label: 'M-Pesa', href: 'https://www.safaricom.co.ke' },
      ],
    }
    const result = await runImport(
      options({ output: file('bundled.ndjson'), extraDocuments: [settings] }),
    )
    const written = parseNdjson(readFileSync(file('bundled.ndjson'), 'utf8'))
    expect(written.at(-1)).toMatchObject({ _id: 'siteSettings' })
    expect(
      (written.at(-1)!.footerLinks as Array<{ _key: string }>).map((link) => link._key),
    ).toEqual(['a', 'c'])
    expect(result.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/footer link "page-contact" left out/)]),
    )
    expect(checkExport(written)).toEqual([])
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

describe('a page and a post with the same slug', () => {
  it('gives /<slug> to the page, and keeps the post at its dated address', async () => {
    // WordPress with /%postname%/ permalinks: post 103 was at /first-dates-in-mombasa/ too.
    const input = file('shared-slug.xml')
    writeFileSync(
      input,
      fixture
        .replace(
          '<link>https://nabado.co.ke/2023/12/31/first-dates-in-mombasa/</link>',
          '<link>https://nabado.co.ke/first-dates-in-mombasa/</link>',
        )
        .replace(
          '<link>https://nabado.co.ke/privacy/</link>',
          '<link>https://nabado.co.ke/first-dates-in-mombasa/</link>',
        )
        .replace(
          '<wp:post_name><![CDATA[privacy]]></wp:post_name>',
          '<wp:post_name><![CDATA[first-dates-in-mombasa]]></wp:post_name>',
        ),
    )
    const result = await runImport(
      options({ input, output: file('shared.ndjson'), redirects: file('shared.json') }),
    )
    const map = JSON.parse(readFileSync(file('shared.json'), 'utf8'))
    expect(map.paths).not.toHaveProperty('/first-dates-in-mombasa')
    expect(map.query.page_id['109']).toBe('/first-dates-in-mombasa')
    expect(map.query.p['103']).toBe('/2023/12/31/first-dates-in-mombasa')
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        "page 109 is at /first-dates-in-mombasa, which also was post 103's WordPress address: /first-dates-in-mombasa shows the page, the post stays at /2023/12/31/first-dates-in-mombasa",
      ]),
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
