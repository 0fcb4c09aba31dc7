import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import {
  NOTHING_FOUND,
  parsePublishEvent,
  STALE_POSTS_LIMIT,
  rendersWhenUncached,
  stalePaths,
  stalePathsParams,
  WEBHOOK_PROJECTION,
  type PublishEvent,
  type StaleFound,
} from './webhook-change.ts'

// Which addresses a change makes stale: the pure half (what the webhook body and
// STALE_PATHS_QUERY's answer give). stale-paths.test.ts runs the query itself.

const event = (change: Partial<PublishEvent> & { _type: string }): PublishEvent => ({
  _id: null,
  operation: null,
  slug: null,
  previousSlug: null,
  publishedAt: null,
  previousPublishedAt: null,
  categories: [],
  previousCategories: [],
  author: null,
  previousAuthor: null,
  parent: null,
  previousParent: null,
  footerPages: [],
  previousFooterPages: [],
  ...change,
})

const found = (answer: Partial<StaleFound>): StaleFound => ({ ...NOTHING_FOUND, ...answer })

const at = (slug: string, publishedAt: string) => ({ slug, publishedAt })
const topLevel = (slug: string) => ({
  slug,
  hasParent: false,
  parentSlug: null,
  hasGrandparent: false,
})
const child = (slug: string, parentSlug: string) => ({
  slug,
  hasParent: true,
  parentSlug,
  hasGrandparent: false,
})
// 06:00 UTC is 09:00 in Nairobi: the same day either way.
const MARCH_1 = '2026-03-01T06:00:00.000Z'
const MARCH_5 = '2026-03-05T06:00:00.000Z'

/** A post as STALE_PATHS_QUERY returns it, in "love" by "ann", between two neighbours. */
const livePost = (slug: string, publishedAt: string, extra: Partial<StaleFound['post']> = {}) => ({
  slug,
  publishedAt,
  categories: ['love'],
  author: 'ann',
  older: at('older', '2026-02-20T06:00:00.000Z'),
  newer: at('newer', '2026-03-10T06:00:00.000Z'),
  ...extra,
})

describe('stalePaths', () => {
  it('a new post: its address, the home page, its archives, its neighbours', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      operation: 'create',
      slug: 'a',
      publishedAt: MARCH_1,
      categories: ['category-love'],
      author: 'author-ann',
    })
    const answer = found({
      post: livePost('a', MARCH_1),
      archives: [
        { _type: 'category', slug: 'love' },
        { _type: 'author', slug: 'ann' },
      ],
    })
    expect(stalePaths(change, answer)).toEqual([
      '/',
      '/2026/02/20/older',
      '/2026/03/01/a',
      '/2026/03/10/newer',
      '/a',
      '/author/ann',
      '/category/love',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
    ])
  })

  it('an edit in place: the same list, each address once', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      operation: 'update',
      slug: 'a',
      previousSlug: 'a',
      publishedAt: MARCH_1,
      previousPublishedAt: MARCH_1,
      categories: ['category-love'],
      previousCategories: ['category-love'],
      author: 'author-ann',
      previousAuthor: 'author-ann',
    })
    const answer = found({
      post: livePost('a', MARCH_1),
      // Before the edit it sat between the same two posts.
      previousOlder: at('older', '2026-02-20T06:00:00.000Z'),
      previousNewer: at('newer', '2026-03-10T06:00:00.000Z'),
      pickers: [at('picker', '2026-01-05T06:00:00.000Z')],
      archives: [
        { _type: 'category', slug: 'love' },
        { _type: 'author', slug: 'ann' },
      ],
    })
    expect(stalePaths(change, answer)).toEqual([
      '/',
      '/2026/01/05/picker',
      '/2026/02/20/older',
      '/2026/03/01/a',
      '/2026/03/10/newer',
      '/a',
      '/author/ann',
      '/category/love',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
    ])
  })

  it('a slug change: the old address too (it now redirects or answers 404)', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      slug: 'new-name',
      previousSlug: 'old-name',
      publishedAt: MARCH_1,
      previousPublishedAt: MARCH_1,
    })
    const paths = stalePaths(change, found({ post: livePost('new-name', MARCH_1) }))
    expect(paths).toContain('/2026/03/01/new-name')
    expect(paths).toContain('/2026/03/01/old-name')
  })

  it('a date change: the old and new address, and the neighbours at both dates', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      slug: 'a',
      previousSlug: 'a',
      publishedAt: MARCH_5,
      previousPublishedAt: MARCH_1,
    })
    const answer = found({
      post: livePost('a', MARCH_5, {
        older: at('march-4', '2026-03-04T06:00:00.000Z'),
        newer: at('march-6', '2026-03-06T06:00:00.000Z'),
      }),
      previousOlder: at('feb-28', '2026-02-28T06:00:00.000Z'),
      previousNewer: at('march-2', '2026-03-02T06:00:00.000Z'),
    })
    expect(stalePaths(change, answer)).toEqual([
      '/',
      '/2026/02/28/feb-28',
      '/2026/03/01/a',
      '/2026/03/02/march-2',
      '/2026/03/04/march-4',
      '/2026/03/05/a',
      '/2026/03/06/march-6',
      '/a',
      '/author/ann',
      '/category/love',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
    ])
  })

  it('a category or author change: the old and the new archive pages', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      slug: 'a',
      publishedAt: MARCH_1,
      categories: ['category-money'],
      previousCategories: ['category-love'],
      author: 'author-bo',
      previousAuthor: 'author-ann',
    })
    const answer = found({
      post: livePost('a', MARCH_1, { categories: ['money'], author: 'bo' }),
      archives: [
        { _type: 'category', slug: 'love' },
        { _type: 'category', slug: 'money' },
        { _type: 'author', slug: 'ann' },
        { _type: 'author', slug: 'bo' },
      ],
    })
    const paths = stalePaths(change, answer)
    for (const path of ['/category/love', '/category/money', '/author/ann', '/author/bo'])
      expect(paths).toContain(path)
  })

  it('a delete or unpublish: the old address (now a 404), its old neighbours and pickers', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      operation: 'delete',
      previousSlug: 'a',
      previousPublishedAt: MARCH_1,
      previousCategories: ['category-love'],
      previousAuthor: 'author-ann',
    })
    const answer = found({
      previousOlder: at('older', '2026-02-20T06:00:00.000Z'),
      previousNewer: at('newer', '2026-03-10T06:00:00.000Z'),
      pickers: [at('picker', '2026-01-05T06:00:00.000Z')],
      archives: [
        { _type: 'category', slug: 'love' },
        { _type: 'author', slug: 'ann' },
      ],
    })
    expect(stalePaths(change, answer)).toEqual([
      '/',
      '/2026/01/05/picker',
      '/2026/02/20/older',
      '/2026/03/01/a',
      '/2026/03/10/newer',
      '/a',
      '/author/ann',
      '/category/love',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
    ])
  })

  it('an older body (type and slugs only): the addresses from the post as it is now', () => {
    const change = event({ _type: 'post', slug: 'a', previousSlug: 'was-a' })
    expect(stalePaths(change, found({ post: livePost('a', MARCH_1) }))).toEqual([
      '/',
      '/2026/02/20/older',
      '/2026/03/01/a',
      '/2026/03/01/was-a',
      '/2026/03/10/newer',
      // Its slug alone, before and after: a redirect to it, cached (ISR).
      '/a',
      '/author/ann',
      '/category/love',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
      '/was-a',
    ])
  })

  it('dates articles in Nairobi time', () => {
    const change = event({ _type: 'post', slug: 'late', publishedAt: '2026-02-27T22:30:00Z' })
    expect(stalePaths(change, NOTHING_FOUND)).toEqual([
      '/',
      '/2026/02/28/late',
      '/feed',
      '/feed.xml',
      '/late',
      '/sitemap.xml',
    ])
  })

  it('settings: the home and support pages', () => {
    expect(stalePaths(event({ _type: 'siteSettings' }), NOTHING_FOUND)).toEqual(['/', '/support'])
  })

  it('settings: and the pages the footer links to, before and after the change', () => {
    const change = event({
      _type: 'siteSettings',
      _id: 'siteSettings',
      footerPages: ['page-about', 'page-team'],
      previousFooterPages: ['page-about', 'page-old'],
    })
    const answer = found({
      footer: { pages: [topLevel('about'), child('team', 'about'), null] },
      pages: [
        { _id: 'page-about', ...topLevel('about') },
        { _id: 'page-team', ...child('team', 'about') },
        { _id: 'page-old', ...topLevel('old') },
      ],
    })
    expect(stalePaths(change, answer)).toEqual(['/', '/about', '/about/team', '/old', '/support'])
  })

  it('a page: its address before and after, and its children’s under both slugs', () => {
    const change = event({
      _type: 'page',
      _id: 'page-about',
      operation: 'update',
      slug: 'about-us',
      previousSlug: 'about',
    })
    const answer = found({ page: topLevel('about-us'), children: [{ slug: 'team' }] })
    expect(stalePaths(change, answer)).toEqual([
      '/about',
      '/about-us',
      '/about-us/team',
      '/about/team',
    ])
  })

  it('a page moved under a parent: its old top-level address and its new nested one', () => {
    const change = event({
      _type: 'page',
      _id: 'page-team',
      slug: 'team',
      previousSlug: 'team',
      parent: 'page-about',
      previousParent: null,
    })
    const answer = found({
      page: child('team', 'about'),
      pages: [{ _id: 'page-about', ...topLevel('about') }],
    })
    expect(stalePaths(change, answer)).toEqual(['/about/team', '/team'])
  })

  it('a page the footer links to: also the home and support pages and the footer’s pages', () => {
    const change = event({ _type: 'page', _id: 'page-about', slug: 'about', previousSlug: 'about' })
    const answer = found({
      page: topLevel('about'),
      footer: { pages: [topLevel('about'), topLevel('privacy')] },
    })
    expect(stalePaths(change, answer)).toEqual(['/', '/about', '/privacy', '/support'])
  })

  it('a deleted page: its old address, which now answers 404', () => {
    const change = event({ _type: 'page', _id: 'page-x', operation: 'delete', previousSlug: 'x' })
    expect(stalePaths(change, NOTHING_FOUND)).toEqual(['/x'])
  })

  it('never a page address the site refuses: its routes, numbers, a third level', () => {
    const change = event({ _type: 'page', slug: 'support', previousSlug: '2026' })
    const answer = found({
      page: { slug: 'deep', hasParent: true, parentSlug: 'team', hasGrandparent: true },
      children: [{ slug: 'a b' }],
    })
    expect(stalePaths(change, answer)).toEqual([])
  })

  it('a category: its archive under the old and new slug, the home page and its posts', () => {
    const change = event({
      _type: 'category',
      _id: 'category-love',
      slug: 'love-and-dating',
      previousSlug: 'love',
    })
    const answer = found({
      subject: {
        _type: 'category',
        slug: 'love-and-dating',
        posts: [at('b', MARCH_5), at('a', MARCH_1)],
      },
    })
    expect(stalePaths(change, answer)).toEqual([
      '/',
      '/2026/03/01/a',
      '/2026/03/05/b',
      '/category/love',
      '/category/love-and-dating',
    ])
  })

  it('an author: their archive, the home page and their posts', () => {
    const change = event({ _type: 'author', _id: 'author-ann', slug: 'ann', previousSlug: 'ann' })
    const answer = found({
      subject: { _type: 'author', slug: 'ann', posts: [at('a', MARCH_1)] },
    })
    expect(stalePaths(change, answer)).toEqual(['/', '/2026/03/01/a', '/author/ann'])
  })

  it('nothing for other types, and never an address from a slug or date that cannot be one', () => {
    expect(stalePaths(event({ _type: 'sanity.imageAsset' }), NOTHING_FOUND)).toEqual([])
    const hostile = event({
      _type: 'post',
      slug: '../../etc/passwd',
      previousSlug: '"><img src=x>',
      publishedAt: MARCH_1,
    })
    const answer = found({
      pickers: [{ slug: 'ok', publishedAt: 'not a date' }],
      archives: [{ _type: 'category', slug: 'a b' }],
    })
    expect(stalePaths(hostile, answer)).toEqual(['/', '/feed', '/feed.xml', '/sitemap.xml'])
  })
})

describe('stalePathsParams', () => {
  it('sets every param of STALE_PATHS_QUERY, the ids of both sides in one list', () => {
    const change = event({
      _type: 'post',
      _id: 'post-a',
      slug: 'a',
      previousPublishedAt: MARCH_1,
      categories: ['category-money'],
      previousCategories: ['category-love', 'category-money'],
      author: 'author-ann',
      previousAuthor: 'author-ann',
    })
    expect(stalePathsParams(change)).toEqual({
      type: 'post',
      id: 'post-a',
      slug: 'a',
      previousPublishedAt: MARCH_1,
      refIds: ['category-money', 'category-love', 'author-ann'],
      limit: STALE_POSTS_LIMIT,
    })
    // A page's parents and the footer's pages, before and after, are looked up by id too.
    const pageChange = event({ _type: 'page', parent: 'page-a', previousParent: 'page-b' })
    expect(stalePathsParams(pageChange).refIds).toEqual(['page-a', 'page-b'])
    const footerChange = event({
      _type: 'siteSettings',
      footerPages: ['page-a'],
      previousFooterPages: ['page-a', 'page-c'],
    })
    expect(stalePathsParams(footerChange).refIds).toEqual(['page-a', 'page-c'])
    expect(stalePathsParams(event({ _type: 'post', previousSlug: 'gone' }))).toEqual({
      type: 'post',
      id: null,
      slug: 'gone',
      previousPublishedAt: null,
      refIds: [],
      limit: STALE_POSTS_LIMIT,
    })
  })
})

describe('parsePublishEvent', () => {
  it('reads an older body with only the type and slugs, as text or slug objects', () => {
    expect(parsePublishEvent({ _type: 'post', slug: { current: 'a' }, previousSlug: 'b' })).toEqual(
      event({ _type: 'post', slug: 'a', previousSlug: 'b' }),
    )
  })

  it('reads both sides of a change from the projection', () => {
    const body = {
      _id: 'post-a',
      _type: 'post',
      operation: 'update',
      slug: 'a',
      previousSlug: 'b',
      publishedAt: MARCH_5,
      previousPublishedAt: MARCH_1,
      categories: ['category-love', 'category-love'],
      previousCategories: null,
      author: 'author-ann',
      previousAuthor: 'author-bo',
    }
    expect(parsePublishEvent(body)).toEqual({
      ...body,
      categories: ['category-love'],
      previousCategories: [],
      parent: null,
      previousParent: null,
      footerPages: [],
      previousFooterPages: [],
    })
  })

  it('drops fields of the wrong shape rather than refusing the change', () => {
    expect(
      parsePublishEvent({
        _type: 'post',
        _id: 'drop table;',
        operation: 'explode',
        slug: '\ud800x',
        previousSlug: 'b',
        publishedAt: 'yesterday',
        previousPublishedAt: 1e999,
        categories: 'category-love',
        previousCategories: [1, {}, 'category-ok', 'x'.repeat(200)],
        author: { _ref: 'author-ann' },
      }),
    ).toEqual(event({ _type: 'post', previousSlug: 'b', previousCategories: ['category-ok'] }))
  })

  it('reads only the body’s own fields, never inherited ones', () => {
    expect(parsePublishEvent(JSON.parse('{"__proto__":{"_type":"post","slug":"x"}}'))).toBeNull()
  })

  it.each([null, 'post', [], {}, { _type: 5 }, { _type: '' }, { _type: 'x'.repeat(101) }])(
    'refuses %j',
    (body) => expect(parsePublishEvent(body)).toBeNull(),
  )
})

describe('WEBHOOK_PROJECTION', () => {
  // The projection as Sanity evaluates it for a webhook: in delta mode, with the document
  // before and after the change (groq-js, as the e2e stand-in runs it too).
  const project = async (before: object | null, after: object | null) => {
    const tree = parse(WEBHOOK_PROJECTION, { mode: 'delta' })
    const root = after ?? before
    return (await evaluate(tree, { root, before, after } as never)).get()
  }
  const ref = (_ref: string) => ({ _type: 'reference', _ref, _key: _ref })
  const post = (slug: string, publishedAt: string, category: string) => ({
    _id: 'post-a',
    _type: 'post',
    slug: { _type: 'slug', current: slug },
    publishedAt,
    categories: [ref(category)],
    author: ref('author-ann'),
  })

  it('carries both sides of an update, which parsePublishEvent reads', async () => {
    const body = await project(
      post('old', MARCH_1, 'category-love'),
      post('new', MARCH_5, 'category-money'),
    )
    expect(parsePublishEvent(JSON.parse(JSON.stringify(body)))).toEqual({
      _type: 'post',
      _id: 'post-a',
      operation: 'update',
      slug: 'new',
      previousSlug: 'old',
      publishedAt: MARCH_5,
      previousPublishedAt: MARCH_1,
      categories: ['category-money'],
      previousCategories: ['category-love'],
      author: 'author-ann',
      previousAuthor: 'author-ann',
      parent: null,
      previousParent: null,
      footerPages: [],
      previousFooterPages: [],
    })
  })

  it('carries a page’s parent and the footer’s pages, both sides', async () => {
    const page = (slug: string, parent?: string) => ({
      _id: 'page-team',
      _type: 'page',
      slug: { _type: 'slug', current: slug },
      ...(parent ? { parent: ref(parent) } : {}),
    })
    const moved = await project(page('team'), page('team', 'page-about'))
    expect(parsePublishEvent(JSON.parse(JSON.stringify(moved)))).toMatchObject({
      _type: 'page',
      slug: 'team',
      previousSlug: 'team',
      parent: 'page-about',
      previousParent: null,
    })
    const settings = (...pages: string[]) => ({
      _id: 'siteSettings',
      _type: 'siteSettings',
      footerLinks: pages.map((id) => ({ _key: id, _type: 'footerLink', page: ref(id) })),
    })
    const body = await project(settings('page-a', 'page-b'), settings('page-b'))
    expect(parsePublishEvent(JSON.parse(JSON.stringify(body)))).toMatchObject({
      footerPages: ['page-b'],
      previousFooterPages: ['page-a', 'page-b'],
    })
  })

  it('carries only the old side of a delete', async () => {
    const body = await project(post('old', MARCH_1, 'category-love'), null)
    expect(parsePublishEvent(JSON.parse(JSON.stringify(body)))).toMatchObject({
      _id: 'post-a',
      operation: 'delete',
      slug: null,
      previousSlug: 'old',
      publishedAt: null,
      previousPublishedAt: MARCH_1,
      categories: [],
      previousCategories: ['category-love'],
    })
  })
})

describe('rendersWhenUncached', () => {
  it('names the App Router addresses a publish renders even when uncached', () => {
    for (const path of [
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
      '/2026/03/01/a/opengraph-image-hp7afa',
    ])
      expect(rendersWhenUncached(path), path).toBe(true)
    for (const path of ['/', '/2026/03/01/a', '/category/love', '/a', '/feed/x'])
      expect(rendersWhenUncached(path), path).toBe(false)
  })
})
