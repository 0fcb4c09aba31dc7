import { afterEach, describe, expect, it, vi } from 'vitest'
import { source } from './active-source.ts'
import { pageAddress } from './page-address.ts'
import { getPage, listPagePaths } from './pages.ts'
import { getSiteSettings } from './settings.ts'

// Editors' pages through the content door over the bundled dataset (no Sanity env in unit
// tests): the About and Privacy pages, and the footer links to them.

afterEach(() => vi.restoreAllMocks())

describe('getPage', () => {
  it('reads the About and Privacy pages at their addresses', async () => {
    const about = await getPage('about')
    expect(about).toMatchObject({ _id: 'page-about', title: 'About Nabado', path: '/about' })
    const headings = about!.body.flatMap((block) =>
      block._type === 'block' && block.style === 'h2'
        ? [block.children?.map((span) => span.text).join('')]
        : [],
    )
    expect(headings).toContain('What we write about')

    const privacy = await getPage('privacy')
    expect(privacy).toMatchObject({ title: 'Privacy', path: '/privacy', parent: null })
    expect(privacy?.seoDescription).toMatch(/does not track/)
  })

  it('is null for a top-level page asked for under a parent, and for an unknown slug', async () => {
    expect(await getPage('about', 'privacy')).toBeNull()
    expect(await getPage('no-such-page')).toBeNull()
  })

  it.each([
    ['support', null],
    ['search', null],
    ['2026', null],
    ['02', '2026'],
    ['team', 'category'],
    ['About', null],
    ['', null],
  ])('never reads for /%s under %s: no page may have that address', async (slug, parent) => {
    const fetch = vi.spyOn(source, 'fetch')
    expect(await getPage(slug, parent)).toBeNull()
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('listPagePaths', () => {
  it('lists every page with an address, for prerendering', async () => {
    expect(await listPagePaths()).toEqual([
      { path: '/about', slug: 'about', parentSlug: null },
      { path: '/privacy', slug: 'privacy', parentSlug: null },
    ])
  })
})

describe('footer links (site settings)', () => {
  it('link the About and Privacy pages, in the editors’ order, labelled', async () => {
    expect((await getSiteSettings()).footerLinks).toEqual([
      // The editor named this one…
      { _key: expect.any(String), label: 'About', href: '/about' },
      // …and this one takes the page's title.
      { _key: expect.any(String), label: 'Privacy', href: '/privacy' },
    ])
  })
})

describe('pageAddress', () => {
  const parts = (slug: string | null, parentSlug: string | null = null, more = {}) => ({
    slug,
    hasParent: parentSlug !== null,
    parentSlug,
    hasGrandparent: false,
    ...more,
  })

  it('is /slug at the top level and /parent/slug under a parent', () => {
    expect(pageAddress(parts('about'))).toBe('/about')
    expect(pageAddress(parts('team', 'about'))).toBe('/about/team')
  })

  it('is null for a page the site would not serve', () => {
    expect(pageAddress(null)).toBeNull()
    expect(pageAddress(parts(null))).toBeNull()
    expect(pageAddress(parts('support'))).toBeNull()
    expect(pageAddress(parts('2026'))).toBeNull()
    expect(pageAddress(parts('team', 'feed'))).toBeNull()
    // Under a third level, or under a parent that is gone (it names one, which is not there).
    expect(pageAddress(parts('deep', 'team', { hasGrandparent: true }))).toBeNull()
    expect(pageAddress({ ...parts('orphan'), hasParent: true })).toBeNull()
  })
})
