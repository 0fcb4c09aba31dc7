import { describe, expect, it } from 'vitest'
import { generateDataset } from '@/sanity/dataset/generate-synthetic.ts'
import * as queries from '@/sanity/queries.ts'
import { createBundledSource } from './bundled-source.ts'
import { asPreview } from './preview-query.ts'
import type { SanityDocument } from '../dataset/ndjson.ts'

// A scheduled post (published, dated later) is in no reader read until its moment, and in
// every one from then on: the same source, its memo and its indexes kept between the two
// reads, as in a running server. The clock is the test's.

const generated = generateDataset(40) as SanityDocument[]
const posts = generated.filter((d) => d._type === 'post' && !d._id.startsWith('drafts.'))
const newest = posts.reduce((a, b) => (String(a.publishedAt) > String(b.publishedAt) ? a : b))
const picker = posts.find((p) => p._id !== newest._id)!
const MOMENT = new Date(Date.parse(String(newest.publishedAt)) + 24 * 3600_000)
const BEFORE = new Date(MOMENT.getTime() - 60_000)
const AFTER = new Date(MOMENT.getTime() + 1_000)

const scheduled: SanityDocument = {
  ...newest,
  _id: 'post-scheduled',
  title: 'A piece for Monday morning',
  slug: { _type: 'slug', current: 'monday-morning' },
  publishedAt: MOMENT.toISOString(),
}
const categoryRef = (scheduled.categories as Array<{ _ref: string }>)[0]!._ref
const authorRef = (scheduled.author as { _ref: string })._ref
const slugOf = (d: SanityDocument | undefined) => (d?.slug as { current: string }).current
const category = generated.find((d) => d._id === categoryRef)!
const author = generated.find((d) => d._id === authorRef)!
const documents: SanityDocument[] = [
  ...generated.map((d) =>
    // One other post picks the scheduled one as a suggested read.
    d._id === picker._id
      ? { ...d, related: [{ _type: 'reference', _ref: 'post-scheduled', _key: 'k' }] }
      : d,
  ),
  scheduled,
]

function sourceAt() {
  const clock = { now: BEFORE }
  const source = createBundledSource(async () => structuredClone(documents), {
    now: () => clock.now,
  })
  const fetch = <T>(query: string, params: Record<string, unknown> = {}) =>
    source.fetch<T>(query, params, [])
  return { clock, fetch }
}

type Card = { _id: string; slug: string }
const ids = (cards: Array<{ _id: string }> | null | undefined) => (cards ?? []).map((c) => c._id)

/** Every reader read that could show the scheduled post: true where it does. */
async function shows(fetch: ReturnType<typeof sourceAt>['fetch']) {
  const page = { start: 0, end: 10 }
  const slug = slugOf(scheduled)
  const home = await fetch<{ posts: Card[] }>(queries.POST_ARCHIVE_QUERY, page)
  const inCategory = await fetch<{ posts: Card[] }>(queries.CATEGORY_ARCHIVE_QUERY, {
    slug: slugOf(category),
    ...page,
  })
  const byAuthor = await fetch<{ posts: Card[] }>(queries.AUTHOR_ARCHIVE_QUERY, {
    slug: slugOf(author),
    ...page,
  })
  const paths = await fetch<Card[]>(queries.POST_PATHS_QUERY, { limit: 1000 })
  const feed = await fetch<Card[]>(queries.FEED_POSTS_QUERY, { limit: 50 })
  const sitemap = await fetch<Card[]>(queries.SITEMAP_POSTS_QUERY, { start: 0, end: 50000 })
  const search = await fetch<Card[]>(queries.SEARCH_DOCUMENTS_QUERY)
  const pickerPage = await fetch<{ picked: Card[] }>(queries.POST_PAGE_QUERY, {
    slug: slugOf(picker),
  })
  const neighbours = await fetch<{ newer: Card | null }>(queries.ADJACENT_POSTS_QUERY, {
    postId: newest._id,
    publishedAt: newest.publishedAt,
  })
  const related = await fetch<Card[]>(queries.RELATED_CANDIDATES_QUERY, {
    postId: newest._id,
    categoryIds: [categoryRef],
    limit: 100,
  })
  return {
    page: (await fetch(queries.POST_PAGE_QUERY, { slug })) !== null,
    path: (await fetch(queries.POST_PATH_BY_SLUG_QUERY, { slug })) !== null,
    seo: (await fetch(queries.POST_SEO_QUERY, { slug })) !== null,
    searchDocument: (await fetch(queries.SEARCH_DOCUMENT_QUERY, { id: scheduled._id })) !== null,
    home: ids(home.posts).includes(scheduled._id),
    category: ids(inCategory.posts).includes(scheduled._id),
    author: ids(byAuthor.posts).includes(scheduled._id),
    paths: paths.some((p) => p.slug === slug),
    feed: ids(feed).includes(scheduled._id),
    sitemap: sitemap.some((p) => p.slug === slug),
    search: ids(search).includes(scheduled._id),
    picked: ids(pickerPage.picked).includes(scheduled._id),
    neighbour: neighbours.newer?._id === scheduled._id,
    related: ids(related).includes(scheduled._id),
  }
}

const everywhere = (value: boolean) =>
  Object.fromEntries(
    Object.keys({
      page: 0,
      path: 0,
      seo: 0,
      searchDocument: 0,
      home: 0,
      category: 0,
      author: 0,
      paths: 0,
      feed: 0,
      sitemap: 0,
      search: 0,
      picked: 0,
      neighbour: 0,
      related: 0,
    }).map((key) => [key, value]),
  )

describe('a scheduled post', () => {
  it('is in no reader read before its moment and in every one after it', async () => {
    const { clock, fetch } = sourceAt()
    expect(await shows(fetch)).toEqual(everywhere(false))
    // Asked again at the same time: the remembered answers still leave it out.
    expect(await shows(fetch)).toEqual(everywhere(false))
    clock.now = AFTER
    expect(await shows(fetch)).toEqual(everywhere(true))
  })

  it('counts in the fingerprint, the sitemap and the lists only from its moment', async () => {
    const { clock, fetch } = sourceAt()
    type Counts = { count: number }
    const before = await fetch<Counts>(queries.SEARCH_FINGERPRINT_QUERY)
    const sitemapBefore = await fetch<{ posts: number }>(queries.SITEMAP_COUNTS_QUERY)
    expect(before.count).toBe(posts.length)
    clock.now = AFTER
    expect((await fetch<Counts>(queries.SEARCH_FINGERPRINT_QUERY)).count).toBe(posts.length + 1)
    expect((await fetch<{ posts: number }>(queries.SITEMAP_COUNTS_QUERY)).posts).toBe(
      sitemapBefore.posts + 1,
    )
  })

  it('is the next scheduled time, and due once that time has passed', async () => {
    const { clock, fetch } = sourceAt()
    const since = BEFORE.toISOString()
    expect(await fetch(queries.NEXT_SCHEDULED_QUERY)).toBe(MOMENT.toISOString())
    expect(await fetch(queries.DUE_POSTS_QUERY, { since, limit: 10 })).toEqual([])
    clock.now = AFTER
    expect(await fetch(queries.NEXT_SCHEDULED_QUERY)).toBeNull()
    const due = await fetch<Array<Record<string, unknown>>>(queries.DUE_POSTS_QUERY, {
      since,
      limit: 10,
    })
    expect(due).toEqual([
      {
        _id: 'post-scheduled',
        _type: 'post',
        slug: 'monday-morning',
        publishedAt: MOMENT.toISOString(),
        categories: (scheduled.categories as Array<{ _ref: string }>).map((c) => c._ref),
        author: authorRef,
      },
    ])
    // Since its moment, it is no longer due: the timer sends it once.
    expect(
      await fetch(queries.DUE_POSTS_QUERY, { since: MOMENT.toISOString(), limit: 10 }),
    ).toEqual([])
  })

  it('is shown to an editor’s preview as it will look, in its place', async () => {
    const { fetch } = sourceAt()
    const page = await fetch<{ _id: string; title: string } | null>(
      asPreview(queries.POST_PAGE_QUERY),
      { slug: 'monday-morning' },
    )
    expect(page).toMatchObject({ _id: 'post-scheduled', title: 'A piece for Monday morning' })
    const home = await fetch<{ posts: Card[] }>(asPreview(queries.POST_ARCHIVE_QUERY), {
      start: 0,
      end: 1,
    })
    expect(ids(home.posts)).toEqual(['post-scheduled'])
  })

  it('leaves every reader query with the publish-date term (so none forgets it)', () => {
    const readerQueries = Object.entries(queries).filter(
      ([name, value]) =>
        name.endsWith('_QUERY') &&
        typeof value === 'string' &&
        value.includes('_type == "post"') &&
        name !== 'NEXT_SCHEDULED_QUERY',
    )
    expect(readerQueries.length).toBeGreaterThan(15)
    for (const [name, query] of readerQueries) {
      expect(query, name).toContain(queries.PUBLISH_DATE_REACHED)
      expect(asPreview(query), name).not.toContain('now()')
    }
  })
})
