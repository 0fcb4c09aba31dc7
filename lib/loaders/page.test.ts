import { describe, expect, it } from 'vitest'
import type { PageProps } from '@/lib/view-props/page.ts'
import { loadPage, loadTopLevel, openingText } from './page.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// The editors' pages' loader over the bundled dataset (no Sanity env in unit tests).

const SITE = 'http://localhost:3000'

describe('loadTopLevel (/<slug>)', () => {
  it('renders the About page with its metadata', async () => {
    const loaded = await loadTopLevel('about')
    expect(loaded.kind).toBe('page')
    if (loaded.kind !== 'page') return
    expect(loaded.props.page).toMatchObject({ title: 'About Nabado', path: '/about' })
    const { metadata } = loaded
    // No SEO title: the page's own; the editor's SEO description wins in search results…
    expect(metadata.title).toBe('About Nabado')
    expect(metadata.description).toMatch(/^Nabado is a Kenyan online magazine/)
    expect(metadata.alternates?.canonical).toBe(`${SITE}/about`)
    // …while share previews quote the page's opening words.
    expect(metadata.openGraph).toMatchObject({
      url: `${SITE}/about`,
      title: 'About Nabado',
      description: expect.stringMatching(/^Nabado is a Kenyan online magazine about relationships/),
    })
  })

  it('sends an article’s slug alone to its permalink when no page has it', async () => {
    expect(await loadTopLevel(SEED_ARTICLE.slug)).toEqual({
      kind: 'redirect',
      to: SEED_ARTICLE.path,
    })
  })

  it.each(['no-such-page', 'support', '2026', 'Privacy', '%20'])(
    'answers 404 for /%s',
    async (slug) => {
      expect(await loadTopLevel(slug)).toEqual({ kind: 'not-found' })
    },
  )
})

describe('loadPage (/<parent>/<slug>)', () => {
  it('answers 404 for a page under a parent it does not have, and made-up addresses', async () => {
    for (const [parent, slug] of [
      ['about', 'privacy'],
      ['about', 'no-such-page'],
      ['2026', '02'],
      ['category', 'about'],
    ])
      expect(await loadPage(slug!, parent!), `/${parent}/${slug}`).toEqual({ kind: 'not-found' })
  })
})

describe('openingText', () => {
  const block = (text: string, extra = {}) =>
    ({
      _type: 'block',
      _key: text.slice(0, 8),
      style: 'normal',
      children: [{ _type: 'span', _key: 's', text }],
      ...extra,
    }) as PageProps['page']['body'][number]

  it('is the first paragraph, not a heading or a list, cut at a word', () => {
    const long = 'word '.repeat(60).trim()
    expect(
      openingText([
        block('Heading', { style: 'h2' }),
        block('Item', { listItem: 'bullet' }),
        block(long),
      ]),
    ).toBe(`${'word '.repeat(32).trim()}…`)
    expect(openingText([block('Short and sweet.')])).toBe('Short and sweet.')
  })

  it('is null for a body without a paragraph', () => {
    expect(openingText([])).toBeNull()
    expect(openingText([block('   ')])).toBeNull()
  })
})
