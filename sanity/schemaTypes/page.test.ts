import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readNdjsonFile, type SanityDocument } from '../../lib/dataset/ndjson.ts'
import { startValidator, type DocumentValidator } from '../validate-documents.ts'

// The Studio's rules for editors' pages and footer links, run by Sanity's own validator over
// the bundled dataset served by the local stand-in (sanity/validate-documents.ts).

const documents = readNdjsonFile(new URL('../dataset/production.ndjson', import.meta.url))
const about = documents.find((doc) => doc._id === 'page-about')!
const settings = documents.find((doc) => doc._id === 'siteSettings')!

/** A child of About, which the validator's dataset holds too. */
const team: SanityDocument = {
  _id: 'page-team',
  _type: 'page',
  title: 'Our team',
  slug: { _type: 'slug', current: 'team' },
  parent: { _type: 'reference', _ref: 'page-about' },
}

let validator: DocumentValidator
beforeAll(async () => {
  validator = await startValidator([...documents, team])
})
afterAll(() => validator?.close())

const page = (slug: string, extra: Partial<SanityDocument> = {}): SanityDocument => ({
  _id: 'drafts.page-new',
  _type: 'page',
  title: 'A new page',
  slug: { _type: 'slug', current: slug },
  ...extra,
})
const parent = (id: string) => ({ parent: { _type: 'reference', _ref: id } })

/** Every message, errors and warnings (Sanity reports rules on a slug or reference as warnings). */
const messages = async (doc: SanityDocument) => [
  ...(await validator.markers(doc, 'error')),
  ...(await validator.markers(doc, 'warning')),
]

describe('a page', () => {
  it('is fine with an ordinary slug, at the top level or under a top-level page', async () => {
    expect(await messages(page('contact'))).toEqual([])
    expect(await messages(page('history', parent('page-about')))).toEqual([])
    // The same slug under another parent is another address.
    expect(await messages(page('team', parent('page-privacy')))).toEqual([])
  })

  it.each([
    ['support', /"\/support" is already one of the site's own addresses/],
    ['category', /already one of the site's own addresses/],
    ['2026', /is a number/],
    ['About-Us', /lower-case letters/],
  ])('refuses the slug %s in plain words', async (slug, message) => {
    expect(await messages(page(slug))).toEqual([expect.stringMatching(message)])
  })

  it('needs a title and a slug', async () => {
    const errors = await messages({ _id: 'drafts.page-new', _type: 'page' })
    expect(errors).toContain('title: Every page needs a title.')
    expect(errors).toContain('slug: Give the page an address (slug).')
  })

  it('refuses an address another page has: same slug, same parent', async () => {
    expect(await messages(page('about'))).toEqual([
      'slug: Another page already has this address: choose another slug, or another parent.',
    ])
    expect(await messages(page('team', parent('page-about')))).toEqual([
      'slug: Another page already has this address: choose another slug, or another parent.',
    ])
    // The page itself (its draft) is not another page.
    expect(await messages({ ...about, _id: 'drafts.page-about' })).toEqual([])
  })

  it('goes two levels deep at most', async () => {
    expect(await messages(page('deep', parent('page-team')))).toEqual([
      expect.stringMatching(
        /^parent: "Our team" is itself under another page\. Pages go two levels/,
      ),
    ])
    // About has a page under it, so it cannot move under another.
    expect(await messages({ ...about, ...parent('page-privacy') })).toEqual([
      'parent: Other pages are under this one, so it must stay at the top level. Move them first.',
    ])
    expect(await messages({ ...about, ...parent('page-about') })).toEqual([
      'parent: A page cannot be its own parent.',
    ])
  })
})

describe('footer links', () => {
  type Link = { label?: string; page?: { _type: 'reference'; _ref: string }; href?: string }
  const withLinks = (...links: Link[]) => ({
    ...settings,
    footerLinks: links.map((link, i) => ({ _type: 'footerLink', _key: `k${i}`, ...link })),
  })
  const toPage = (id: string) => ({ _type: 'reference' as const, _ref: id })
  const ADDRESS =
    'Addresses start with https://, http://, mailto:, tel: or / (a page of this site).'

  it('take a page (its title as label), or an address with a label', async () => {
    const links = withLinks(
      { page: toPage('page-about') },
      { label: 'Support us', href: '/support' },
      { label: 'Write to us', href: 'mailto:editors@example.com' },
      { label: 'Call', href: 'tel:+254701838999' },
      { label: 'Elsewhere', href: 'https://example.com/' },
    )
    expect(await messages(links)).toEqual([])
  })

  it('need exactly one of page and address, a label for an address, and a safe address', async () => {
    // Sorted: the page reference's check answers later than the others.
    expect(
      (
        await messages(
          withLinks(
            { label: 'Both', page: toPage('page-about'), href: '/support' },
            { label: 'Neither' },
            { href: '/support' },
            { label: 'Script', href: 'javascript:alert(1)' },
            { label: 'Other site', href: '//evil.example/' },
          ),
        )
      ).sort(),
    ).toEqual([
      'footerLinks.k0.href: Choose a page or write an address, not both.',
      'footerLinks.k1.href: Choose a page above, or write an address.',
      'footerLinks.k2.label: Name the link: readers see this text.',
      `footerLinks.k3.href: ${ADDRESS}`,
      `footerLinks.k4.href: ${ADDRESS}`,
    ])
  })

  it('are twelve at most', async () => {
    const twelve = Array.from({ length: 12 }, () => ({ page: toPage('page-privacy') }))
    expect(await validator.problems(withLinks(...twelve))).toEqual([])
    expect(await validator.problems(withLinks(...twelve, { page: toPage('page-about') }))).toEqual([
      'footerLinks: Keep the footer to 12 links at most.',
    ])
  })
})
