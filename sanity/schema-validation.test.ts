import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readNdjsonFile } from '../lib/dataset/ndjson.ts'
import { pageSlugProblem } from '../lib/addresses/page-slugs.ts'
import { CODE_REQUIRED } from './schemaTypes/body/code-block.ts'
import { TABLE_CAPTION_REQUIRED, TABLE_ROWS_REQUIRED } from './schemaTypes/body/data-table.ts'
import { EMBED_URL_REQUIRED, EMBED_URL_UNSUPPORTED } from './schemaTypes/body/embed.ts'
import { startValidator, type DocumentValidator } from './validate-documents.ts'

// Sanity's own validation rules (the ones the Studio runs) over every bundled document, and
// the schema's own rules on documents made to break them.

const documents = readNdjsonFile(new URL('./dataset/production.ndjson', import.meta.url))

let validator: DocumentValidator
beforeAll(async () => {
  validator = await startValidator(documents)
})
afterAll(() => validator?.close())

describe('the bundled dataset against the Studio schema', () => {
  it.each(documents.map((doc) => [doc._id, doc] as const))('%s is valid', async (_, document) => {
    expect(await validator.problems(document)).toEqual([])
  })
})

describe('the schema rules', () => {
  const post = documents.find((doc) => doc._type === 'post' && Array.isArray(doc.related))!
  const settings = documents.find((doc) => doc._id === 'siteSettings')!

  it('refuses a post that suggests itself, or more than twelve reads', async () => {
    const self = { _type: 'reference', _ref: post._id, _key: 'self', _weak: true }
    expect(await validator.problems({ ...post, related: [self] })).toEqual([
      'related: A post cannot suggest itself.',
    ])
    // Weak references (as the schema makes them): a pick need not exist, as once deleted.
    const pick = (i: number) => ({
      _type: 'reference',
      _ref: `post-pick-${i}`,
      _key: `k${i}`,
      _weak: true,
    })
    const twelve = Array.from({ length: 12 }, (_, i) => pick(i))
    expect(await validator.problems({ ...post, related: twelve })).toEqual([])
    expect(await validator.problems({ ...post, related: [...twelve, pick(12)] })).toEqual([
      'related: Pick at most 12 suggested reads.',
    ])
  })

  it('wants the number of suggested reads as a whole number from 1 to 12', async () => {
    for (const suggestedReads of [1, 7, 12, undefined])
      expect(await validator.problems({ ...settings, suggestedReads })).toEqual([])
    for (const suggestedReads of [0, 13, 2.5])
      expect(await validator.problems({ ...settings, suggestedReads })).toEqual([
        'suggestedReads: Choose a whole number from 1 to 12.',
      ])
  })

  it('refuses a long excerpt and a missing title, and flags a slug another post has', async () => {
    const other = documents.find((doc) => doc._type === 'post' && doc._id !== post._id)!
    const draft = {
      ...post,
      _id: 'drafts.new-post',
      title: undefined,
      excerpt: 'x'.repeat(201),
      slug: other.slug,
      related: [],
    }
    const errors = await validator.problems(draft)
    expect(errors).toContain('title: Every post needs a title.')
    expect(errors).toContain('excerpt: Keep the excerpt to 200 characters or fewer.')
    // Sanity 6.16 reports every rule on an object-typed value (a slug, a document) as a
    // warning, its own uniqueness check included; see docs/architecture.md.
    expect(await validator.markers(draft, 'warning')).toContain('slug: Slug is already in use')
  })

  it('refuses unsafe links in the body', async () => {
    const body = [
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'l', href: 'javascript:alert(1)' }],
        children: [{ _type: 'span', _key: 's', text: 'x', marks: ['l'] }],
      },
    ]
    expect(await validator.problems({ ...post, body })).toEqual([
      'body.b.markDefs.l.href: Links must start with https://, http://, mailto: or tel:.',
    ])
  })

  it('wants the till number as digits and the phone in international form', async () => {
    const support = settings.support as Record<string, unknown>
    const errors = await validator.problems({
      ...settings,
      support: { ...support, tillNumber: '954 9825', phoneNumber: '0701838999' },
    })
    expect(errors).toEqual([
      'support.tillNumber: The till number is 5 to 8 digits, with no spaces.',
      'support.phoneNumber: Write the number in international form: + then the digits, no spaces.',
    ])
  })
})

describe('the cover image', () => {
  it('needs alternative text once an image is set', async () => {
    const post = documents.find((doc) => doc._type === 'post')!
    const coverImage = {
      _type: 'image',
      asset: { _type: 'reference', _ref: 'image-abc-10x10-png' },
    }
    const errors = await validator.problems({ ...post, coverImage })
    expect(errors).toContain(
      'coverImage.alt: Describe the cover image for readers who cannot see it.',
    )
  })
})

describe('an image in the body', () => {
  it('needs the same alternative text field as the cover', async () => {
    const post = documents.find((doc) => doc._type === 'post')!
    const image = {
      _type: 'inlineImage',
      _key: 'img1',
      asset: { _type: 'reference', _ref: 'image-abc-10x10-png' },
    }
    const errors = await validator.problems({ ...post, body: [image] })
    expect(errors.filter((error) => error.includes('.alt:'))).toEqual([
      expect.stringMatching(/alt: Describe the image for readers who cannot see it\.$/),
    ])
    const described = await validator.problems({ ...post, body: [{ ...image, alt: 'A road' }] })
    expect(described.filter((error) => error.includes('.alt:'))).toEqual([])
  })
})

describe("the body's blocks", () => {
  const post = documents.find((doc) => doc._type === 'post')!
  const body = (...blocks: Array<Record<string, unknown>>) => ({ ...post, body: blocks })
  const span = (key: string, text: string, marks: string[] = []) => ({
    _type: 'span',
    _key: key,
    text,
    marks,
  })
  const table = (...rows: string[][]) => ({
    _type: 'table',
    rows: rows.map((cells, i) => ({ _type: 'tableRow', _key: `r${i}`, cells })),
  })

  it('takes an embed of a post on a supported provider, and refuses any other address in plain words', async () => {
    const embed = (url: string | undefined) => body({ _type: 'embed', _key: 'e', url })
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://x.com/nabado/status/1234567890',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ])
      expect(await validator.problems(embed(url))).toEqual([])

    const unsupported = `body.e.url: ${EMBED_URL_UNSUPPORTED}`
    // Another site, a provider's home page, a profile rather than a post.
    for (const url of [
      'https://example.com/video/1',
      'https://www.youtube.com/',
      'https://www.instagram.com/nabado/',
    ])
      expect(await validator.problems(embed(url))).toEqual([unsupported])
    // The message names every provider, in the words readers see.
    for (const name of ['YouTube', 'X (Twitter)', 'Facebook', 'Instagram', 'TikTok', 'Spotify'])
      expect(unsupported).toContain(name)
    expect(await validator.problems(embed(undefined))).toEqual([
      `body.e.url: ${EMBED_URL_REQUIRED}`,
    ])
  })

  it('refuses a table without a caption, and warns about rows of different lengths', async () => {
    const dataTable = (fields: Record<string, unknown>) =>
      body({ _type: 'dataTable', _key: 't', headerRow: true, ...fields })
    const rows = table(['County', 'Population'], ['Nairobi', '4.4 million'])
    expect(await validator.problems(dataTable({ caption: 'Counties', table: rows }))).toEqual([])
    expect(await validator.problems(dataTable({ caption: ' ', table: rows }))).toEqual([
      `body.t.caption: ${TABLE_CAPTION_REQUIRED}`,
    ])

    const uneven = dataTable({
      caption: 'Counties',
      table: table(['County', 'Population'], ['Nairobi'], ['Mombasa', '1.2 million', 'coast']),
    })
    expect(await validator.problems(uneven)).toEqual([])
    expect(await validator.markers(uneven, 'warning')).toEqual([
      'body.t.table: Every row should have 2 cells, like the first row, but row 2 has 1 cell, row 3 has 3 cells. Add or remove cells so the columns line up.',
    ])
  })

  // Rules on a whole object (@sanity/table's `table`, @sanity/code-input's `code`): Sanity's
  // validator outside the Studio (any environment but "studio", as here and in the importer's
  // checks) adds its unknown-field check to each such rule with .warning(), which makes the
  // whole rule, Rule.fields() included, a warning. The Studio runs them as written: errors
  // that block publishing (e2e/sanity-mode/rich-content-studio.spec.ts).
  it('wants a table to have rows: an error in the Studio, a warning here', async () => {
    for (const empty of [undefined, table()]) {
      const document = body({ _type: 'dataTable', _key: 't', caption: 'Counties', table: empty })
      expect(await validator.problems(document)).toEqual([])
      expect(await validator.markers(document, 'warning')).toEqual([
        `body.t.table: ${TABLE_ROWS_REQUIRED}`,
      ])
    }
  })

  it('refuses a code block without code: an error in the Studio, a warning here', async () => {
    const code = (value: string | undefined) =>
      body({ _type: 'code', _key: 'c', language: 'python', code: value })
    expect(await validator.markers(code('print("Habari")'), 'error')).toEqual([])
    expect(await validator.markers(code('print("Habari")'), 'warning')).toEqual([])
    for (const empty of [undefined, '', '  \n']) {
      expect(await validator.problems(code(empty))).toEqual([])
      expect(await validator.markers(code(empty), 'warning')).toEqual([
        `body.c.code: ${CODE_REQUIRED}`,
      ])
    }
  })

  it('takes a body with every block type and every decorator', async () => {
    const image = documents
      .flatMap((doc) => (Array.isArray(doc.body) ? doc.body : []))
      .find((block) => block._type === 'inlineImage')
    expect(image).toBeDefined()
    const decorators = ['strong', 'em', 'underline', 'strike-through', 'sub', 'sup', 'code']
    const document = body(
      {
        _type: 'block',
        _key: 'h',
        style: 'h2',
        markDefs: [],
        children: [span('h1', 'Every kind of block')],
      },
      {
        _type: 'block',
        _key: 'p',
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'l', href: 'https://nabado.co.ke/' }],
        children: [
          ...decorators.map((mark) => span(`s-${mark}`, `${mark} `, [mark])),
          span('s-link', 'a link', ['l']),
        ],
      },
      ...(['bullet', 'number'] as const).map((listItem) => ({
        _type: 'block',
        _key: `li-${listItem}`,
        style: 'normal',
        listItem,
        level: 1,
        markDefs: [],
        children: [span(`li-${listItem}-s`, 'An item')],
      })),
      {
        _type: 'block',
        _key: 'q',
        style: 'blockquote',
        markDefs: [],
        children: [span('q1', 'A quote')],
      },
      { ...image, alt: 'A road at dusk', caption: 'Thika Road' },
      {
        _type: 'dataTable',
        _key: 't',
        caption: 'Counties',
        headerRow: true,
        table: table(['County', 'Population'], ['Nairobi', '4.4 million']),
      },
      { _type: 'code', _key: 'c', language: 'typescript', filename: 'a.ts', code: 'const a = 1' },
      { _type: 'embed', _key: 'e', url: 'https://youtu.be/dQw4w9WgXcQ', caption: 'Watch' },
      { _type: 'divider', _key: 'd', style: 'line' },
    )
    expect(await validator.problems(document)).toEqual([])
    expect(await validator.markers(document, 'warning')).toEqual([])
  })
})

describe('a page', () => {
  const page = (current: string) => ({
    _id: `drafts.page-${current}`,
    _type: 'page',
    title: 'Support us',
    slug: { _type: 'slug', current },
  })

  // The slug's rule is a rule on an object (a slug), so Sanity reports it as a warning here
  // and as an error in the Studio, which will not publish the page
  // (e2e/sanity-mode/rich-content-studio.spec.ts).
  it.each(['support', '2026', 'studio'])(
    'cannot take the address /%s, which the site itself answers',
    async (slug) => {
      const markers = await validator.markers(page(slug), 'warning')
      expect(markers).toEqual([`slug: ${pageSlugProblem(slug)}`])
      expect(pageSlugProblem(slug)).toMatch(/site's own addresses|numbers are for dated article/)
    },
  )

  it('takes an address of its own', async () => {
    expect(await validator.markers(page('about-us'), 'warning')).toEqual([])
    expect(await validator.problems(page('about-us'))).toEqual([])
  })
})
