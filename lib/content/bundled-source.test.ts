import { describe, expect, it } from 'vitest'
import { generateDataset } from '@/sanity/dataset/generate-synthetic.ts'
import * as queries from '@/sanity/queries.ts'
import { createBundledSource } from './bundled-source.ts'
import type { SanityDocument } from '../dataset/ndjson.ts'

// The bundled source's indexes, narrowed filters, synchronous evaluation and memo must never
// change an answer. Every query in sanity/queries.ts runs both ways, over a generated dataset
// (bundled posts, generated posts with drafts, 12 categories, 41 authors), with params that
// hit, miss and page past the end.

const generated = generateDataset(150) as SanityDocument[]
const sample = generated.find((d) => d._type === 'post')!

/**
 * Editors' pages besides the bundled About and Privacy: top-level, a child, a third level, an
 * orphan, a draft, and a child sharing its slug with another parent's child.
 */
const page = (id: string, slug: string, parent?: string): SanityDocument => ({
  _id: id,
  _type: 'page',
  title: slug,
  slug: { _type: 'slug', current: slug },
  ...(parent ? { parent: { _type: 'reference', _ref: parent } } : {}),
  body: [],
})
const editorPages = [
  page('page-company', 'company'),
  page('page-team', 'team', 'page-company'),
  page('page-deep', 'deep', 'page-team'),
  page('page-orphan', 'orphan', 'page-gone'),
  page('page-careers', 'careers'),
  page('page-careers-team', 'team', 'page-careers'),
  page('drafts.page-draft', 'draft'),
]
// Posts readers must not see although their type is right: no publish date, no slug.
const documents: SanityDocument[] = [
  ...generated,
  {
    ...sample,
    _id: 'post-undated',
    slug: { _type: 'slug', current: 'undated' },
    publishedAt: undefined,
  },
  { ...sample, _id: 'post-unslugged', slug: undefined },
  // Scheduled: published, dated long after any run of this test.
  {
    ...sample,
    _id: 'post-scheduled',
    slug: { _type: 'slug', current: 'scheduled' },
    publishedAt: '2999-01-01T04:00:00Z',
  },
  ...editorPages,
]
const posts = generated.filter((d) => d._type === 'post' && !d._id.startsWith('drafts.'))
const drafts = generated.filter((d) => d._id.startsWith('drafts.'))
const slugOf = (d: SanityDocument) => (d.slug as { current: string }).current
const refs = (d: SanityDocument) =>
  ((d.categories as Array<{ _ref: string }>) ?? []).map((c) => c._ref)
const oldest = posts.at(-1)!
const newest = posts[0]!
const withPicks = posts.find((p) => Array.isArray(p.related))!
const draftOnly = drafts[0]!

const category = documents.find((d) => d._type === 'category' && slugOf(d) === 'family')!
const author = documents.find((d) => d._type === 'author' && d._id !== 'author-nabado-editors')!

const slugs = [slugOf(oldest), slugOf(newest), slugOf(withPicks), 'no-such-post']
const pages = [
  { start: 0, end: 10 },
  { start: 10, end: 20 },
  { start: 5000, end: 5010 },
]
const adjacent = (p: SanityDocument) => ({ postId: p._id, publishedAt: p.publishedAt })

const PARAMS: Record<string, Array<Record<string, unknown>>> = {
  POST_PATHS_QUERY: [{ limit: 5 }, { limit: 10000 }],
  POST_PATH_BY_SLUG_QUERY: [...slugs, slugOf(draftOnly)].map((slug) => ({ slug })),
  POST_PAGE_QUERY: slugs.map((slug) => ({ slug })),
  ADJACENT_POSTS_QUERY: [adjacent(oldest), adjacent(newest), adjacent(withPicks)],
  RELATED_CANDIDATES_QUERY: [oldest, withPicks].map((p) => ({
    postId: p._id,
    categoryIds: refs(p),
    limit: 8,
  })),
  SITE_SETTINGS_QUERY: [{}],
  PAGE_QUERY: [
    ['company', null],
    ['about', null],
    ['team', 'company'],
    ['team', 'careers'],
    ['team', null],
    ['team', 'nope'],
    ['deep', 'team'],
    ['orphan', null],
    ['draft', null],
  ].map(([slug, parentSlug]) => ({ slug, parentSlug })),
  PAGE_PATHS_QUERY: [{ limit: 1000 }, { limit: 2 }],
  CATEGORY_LIST_QUERY: [{}],
  CATEGORY_ARCHIVE_QUERY: [slugOf(category), 'money', 'nope'].flatMap((slug) =>
    pages.map((page) => ({ slug, ...page })),
  ),
  AUTHOR_LIST_QUERY: [{}],
  AUTHOR_ARCHIVE_QUERY: [slugOf(author), 'nabado-editors', 'nope'].flatMap((slug) =>
    pages.map((page) => ({ slug, ...page })),
  ),
  POST_ARCHIVE_QUERY: pages,
  POST_CARDS_BY_SLUG_QUERY: [{ slugs }, { slugs: [] }, { slugs: [slugOf(draftOnly)] }],
  POST_SEO_QUERY: slugs.map((slug) => ({ slug })),
  FEED_POSTS_QUERY: [{ limit: 50 }],
  SEARCH_DOCUMENTS_QUERY: [{}],
  SEARCH_DOCUMENT_QUERY: [oldest, newest, withPicks]
    .map((post) => ({ id: post._id }))
    .concat([{ id: `drafts.${oldest._id}` }, { id: 'no-such-post' }]),
  SEARCH_FINGERPRINT_QUERY: [{}],
  SITEMAP_COUNTS_QUERY: [{}],
  NEXT_SCHEDULED_QUERY: [{}],
  DUE_POSTS_QUERY: [
    { since: '2000-01-01T00:00:00Z', limit: 5 },
    { since: '2999-01-01T00:00:00Z', limit: 5 },
  ],
  SITEMAP_POSTS_QUERY: [{ start: 0, end: 50000 }],
  SITEMAP_CATEGORIES_QUERY: [{ start: 0, end: 50000 }],
  SITEMAP_AUTHORS_QUERY: [{ start: 0, end: 50000 }],
  SITEMAP_PAGES_QUERY: [
    { start: 0, end: 50000 },
    { start: 1, end: 3 },
  ],
  STALE_PATHS_QUERY: [
    { type: 'post', id: withPicks._id, slug: null, previousPublishedAt: oldest.publishedAt },
    { type: 'post', id: null, slug: slugOf(newest), previousPublishedAt: null },
    { type: 'post', id: 'post-gone', slug: null, previousPublishedAt: newest.publishedAt },
    { type: 'category', id: category._id, slug: null, previousPublishedAt: null },
    { type: 'author', id: null, slug: slugOf(author), previousPublishedAt: null },
    { type: 'page', id: 'page-company', slug: null, previousPublishedAt: null },
    { type: 'page', id: 'page-about', slug: null, previousPublishedAt: null },
    { type: 'page', id: 'page-careers-team', slug: null, previousPublishedAt: null },
    { type: 'page', id: null, slug: 'orphan', previousPublishedAt: null },
    { type: 'siteSettings', id: 'siteSettings', slug: null, previousPublishedAt: null },
  ].map((params) => ({
    ...params,
    refIds: [category._id, author._id, ...refs(newest), 'page-company', 'page-team', 'page-gone'],
    limit: 20,
  })),
}

const all = Object.entries(queries).filter(([name]) => name.endsWith('_QUERY'))

describe('bundled source: indexed answers equal plain groq-js answers', () => {
  const load = async () => structuredClone(documents)
  const plain = createBundledSource(load, { indexed: false })
  const indexed = createBundledSource(load)

  it('has params for every query in sanity/queries.ts', () => {
    expect(all.length).toBeGreaterThan(15)
    expect(all.map(([name]) => name).filter((name) => !PARAMS[name])).toEqual([])
  })

  it.each(all)(
    '%s',
    async (name, query) => {
      for (const params of PARAMS[name]!) {
        const expected = await plain.fetch(query as string, params, [])
        const actual = await indexed.fetch(query as string, params, [])
        expect(actual, `${name} ${JSON.stringify(params)}`).toEqual(expected)
        // Asked again (now from the memo), still the same.
        expect(await indexed.fetch(query as string, params, [])).toEqual(expected)
      }
    },
    60_000,
  )

  it('finds the real posts (the comparison is not between two empty answers)', async () => {
    const page = await indexed.fetch<{ _id: string; picked: unknown[] }>(
      queries.POST_PAGE_QUERY,
      { slug: slugOf(withPicks) },
      [],
    )
    expect(page._id).toBe(withPicks._id)
    expect(page.picked.length).toBeGreaterThan(0)
    // A post with a pending draft shows its published version, never the draft.
    const drafted = await indexed.fetch<{ title: string }>(
      queries.POST_PAGE_QUERY,
      { slug: slugOf(draftOnly) },
      [],
    )
    expect(drafted.title).not.toContain('(draft)')
    expect(drafted.title).toBe(String(draftOnly.title).replace(' (draft)', ''))
    const categories = await indexed.fetch<unknown[]>(queries.CATEGORY_LIST_QUERY, {}, [])
    expect(categories.length).toBeGreaterThan(5)
  })

  it('finds an editor’s page only at its own address', async () => {
    const at = (slug: string, parentSlug: string | null) =>
      indexed.fetch<{ _id: string } | null>(queries.PAGE_QUERY, { slug, parentSlug }, [])
    expect((await at('company', null))?._id).toBe('page-company')
    expect((await at('team', 'company'))?._id).toBe('page-team')
    expect((await at('team', 'careers'))?._id).toBe('page-careers-team')
    // A child at the top level, under a parent it does not have, a third level, a page
    // whose parent is gone, a draft: none is a page here.
    for (const [slug, parentSlug] of [
      ['team', null],
      ['team', 'nope'],
      ['deep', 'team'],
      ['orphan', null],
      ['draft', null],
    ] as const)
      expect(await at(slug, parentSlug), `${parentSlug}/${slug}`).toBeNull()
    const paths = await indexed.fetch<Array<{ slug: string }>>(
      queries.PAGE_PATHS_QUERY,
      { limit: 100 },
      [],
    )
    // The bundled dataset's About and Privacy, and the four here that have an address.
    expect(paths.map((path) => path.slug).sort()).toEqual([
      'about',
      'careers',
      'company',
      'privacy',
      'team',
      'team',
    ])
  })

  it('hands out copies, so a caller changing its answer cannot change the next one', async () => {
    const first = await indexed.fetch<{ title: string }>(
      queries.POST_PAGE_QUERY,
      { slug: slugs[0] },
      [],
    )
    first.title = 'changed'
    const second = await indexed.fetch<{ title: string }>(
      queries.POST_PAGE_QUERY,
      { slug: slugs[0] },
      [],
    )
    expect(second.title).toBe(oldest.title)
  })
})
