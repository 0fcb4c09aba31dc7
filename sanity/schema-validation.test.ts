import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readNdjsonFile } from '../lib/dataset/ndjson.ts'
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
