import { createClient } from '@sanity/client'
import { validateDocument } from '@sanity/validation'
import { createSchema } from 'sanity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSanityStandIn, type SanityStandIn } from '../e2e/sanity-stand-in/server.ts'
import { parseNdjson } from '../lib/content/bundled-source.ts'
import { readFileSync } from 'node:fs'
import { schemaTypes } from './schemaTypes/index.ts'

// Sanity's own validation rules (the ones the Studio runs) over every bundled document.
// Reference checks, slug uniqueness and custom rules query the dataset, so the documents
// are served by the local stand-in of Sanity's API and read through a real client.

const schema = createSchema({ name: 'nabado', types: schemaTypes })
const documents = parseNdjson(
  readFileSync(new URL('./dataset/production.ndjson', import.meta.url), 'utf8'),
)

let standIn: SanityStandIn
let client: ReturnType<typeof createClient>

beforeAll(async () => {
  standIn = await createSanityStandIn({ projectId: 'test', documents })
  client = createClient({
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-10-01',
    apiHost: standIn.httpUrl,
    useProjectHostname: false,
    useCdn: false,
  })
})

afterAll(() => standIn?.close())

const pathSegment = (segment: unknown) =>
  typeof segment === 'object' && segment !== null && '_key' in segment
    ? String(segment._key)
    : String(segment)

async function markers(document: (typeof documents)[number], level: 'error' | 'warning') {
  const result = await validateDocument({
    document: document as Parameters<typeof validateDocument>[0]['document'],
    schema,
    client,
  })
  return result.markers
    .filter((marker) => marker.level === level)
    .map((marker) => `${marker.path.map(pathSegment).join('.')}: ${marker.message}`)
}

const problems = (document: (typeof documents)[number]) => markers(document, 'error')

describe('the bundled dataset against the Studio schema', () => {
  it.each(documents.map((doc) => [doc._id, doc] as const))('%s is valid', async (_, document) => {
    expect(schema.get(document._type)).toBeDefined()
    expect(await problems(document)).toEqual([])
  })
})

describe('the schema rules', () => {
  const post = documents.find((doc) => doc._type === 'post' && Array.isArray(doc.related))!
  const settings = documents.find((doc) => doc._id === 'siteSettings')!

  it('refuses a post that suggests itself, or more than four reads', async () => {
    const self = { _type: 'reference', _ref: post._id, _key: 'self' }
    expect(await problems({ ...post, related: [self] })).toEqual([
      'related: A post cannot suggest itself.',
    ])
    const five = documents
      .filter((doc) => doc._type === 'post' && doc._id !== post._id)
      .slice(0, 5)
      .map((doc) => ({ _type: 'reference', _ref: doc._id, _key: doc._id }))
    expect(await problems({ ...post, related: five })).toEqual([
      'related: Pick at most 4 suggested reads.',
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
    const errors = await problems(draft)
    expect(errors).toContain('title: Every post needs a title.')
    expect(errors).toContain('excerpt: Keep the excerpt to 200 characters or fewer.')
    // Sanity 6.16 reports every rule on an object-typed value (a slug, a document) as a
    // warning, its own uniqueness check included; see docs/architecture.md.
    expect(await markers(draft, 'warning')).toContain('slug: Slug is already in use')
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
    expect(await problems({ ...post, body })).toEqual([
      'body.b.markDefs.l.href: Links must start with https://, http://, mailto: or tel:.',
    ])
  })

  it('wants the till number as digits and the phone in international form', async () => {
    const support = settings.support as Record<string, unknown>
    const errors = await problems({
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
    const errors = await problems({ ...post, coverImage })
    expect(errors).toContain(
      'coverImage.alt: Describe the cover image for readers who cannot see it.',
    )
  })
})
