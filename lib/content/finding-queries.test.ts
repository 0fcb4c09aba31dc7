import { describe, expect, it } from 'vitest'
import { pageSlice, paginate } from '@/lib/addresses/pagination.ts'
import {
  AUTHOR_ARCHIVE_QUERY,
  AUTHOR_LIST_QUERY,
  CATEGORY_ARCHIVE_QUERY,
  CATEGORY_LIST_QUERY,
  POST_ARCHIVE_QUERY,
} from '@/sanity/queries.ts'
import type {
  AUTHOR_ARCHIVE_QUERY_RESULT,
  AUTHOR_LIST_QUERY_RESULT,
  CATEGORY_ARCHIVE_QUERY_RESULT,
  CATEGORY_LIST_QUERY_RESULT,
  POST_ARCHIVE_QUERY_RESULT,
} from '@/sanity/types.ts'
import { createBundledSource } from './bundled-source.ts'

// The archive and search queries run through the bundled source (groq-js), as the site runs
// them, over a dataset with many more posts than the bundled one: 25 in "love", 14 in "money".

const block = (text: string) => ({
  _type: 'block',
  _key: `k${text.length}`,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's', text, marks: [] }],
})

function post(n: number, fields: Record<string, unknown> = {}) {
  const day = String(1 + (n % 28)).padStart(2, '0')
  const month = String(1 + Math.floor(n / 28)).padStart(2, '0')
  return {
    _id: `post-${n}`,
    _type: 'post',
    title: `Post number ${n}`,
    slug: { _type: 'slug', current: `post-${n}` },
    publishedAt: `2025-${month}-${day}T06:00:00.000Z`,
    excerpt: `The excerpt of post ${n}.`,
    author: { _type: 'reference', _ref: 'author-a' },
    categories: [
      { _type: 'reference', _key: 'c1', _ref: n < 25 ? 'category-love' : 'category-money' },
    ],
    body: [block(`Body text of post ${n}.`)],
    ...fields,
  }
}

const documents = [
  { _id: 'category-love', _type: 'category', title: 'Love', slug: { current: 'love' } },
  { _id: 'category-money', _type: 'category', title: 'money', slug: { current: 'money' } },
  { _id: 'category-empty', _type: 'category', title: 'Empty', slug: { current: 'empty' } },
  { _id: 'author-a', _type: 'author', name: 'Amina', slug: { current: 'amina' } },
  { _id: 'author-b', _type: 'author', name: 'Baraka', slug: { current: 'baraka' } },
  ...Array.from({ length: 37 }, (_, n) => post(n)),
  // Not readable: no date, a draft.
  post(100, { publishedAt: undefined }),
  { ...post(101), _id: 'drafts.post-101' },
  // Search fixtures.
  post(200, {
    title: 'Why intimacy scares him',
    excerpt: 'A short one.',
    publishedAt: '2024-01-01T00:00:00.000Z',
    author: { _type: 'reference', _ref: 'author-b' },
  }),
  post(201, {
    title: 'A quiet evening',
    excerpt: 'Nothing here.',
    body: [block('Much later, the word intimacy appears, and intimacy again, and intimacy.')],
    publishedAt: '2026-01-01T00:00:00.000Z',
    author: { _type: 'reference', _ref: 'author-b' },
  }),
]

const source = createBundledSource(async () => documents)

describe('archive queries', () => {
  it('lists categories with posts, by title whatever the case, and authors with posts', async () => {
    const categories = await source.fetch<CATEGORY_LIST_QUERY_RESULT>(CATEGORY_LIST_QUERY, {}, [])
    expect(categories.map((c) => c.slug)).toEqual(['love', 'money'])
    const authors = await source.fetch<AUTHOR_LIST_QUERY_RESULT>(AUTHOR_LIST_QUERY, {}, [])
    expect(authors.map((a) => a.slug)).toEqual(['amina', 'baraka'])
  })

  it('pages through a category newest first, with its total', async () => {
    const seen: string[] = []
    let totalPages = 1
    for (let page = 1; page <= totalPages; page++) {
      const result = await source.fetch<CATEGORY_ARCHIVE_QUERY_RESULT>(
        CATEGORY_ARCHIVE_QUERY,
        { slug: 'love', ...pageSlice(page) },
        [],
      )
      expect(result?.total).toBe(25)
      const pagination = paginate(page, result!.total)!
      totalPages = pagination.totalPages
      expect(result!.posts).toHaveLength(pagination.end - pagination.start)
      seen.push(...result!.posts.map((p) => p.publishedAt!))
    }
    expect(totalPages).toBe(3)
    expect(seen).toHaveLength(25)
    expect(seen).toEqual([...seen].sort().reverse())
  })

  it('answers null for an unknown category and an empty page past the end', async () => {
    expect(
      await source.fetch(CATEGORY_ARCHIVE_QUERY, { slug: 'nope', ...pageSlice(1) }, []),
    ).toBeNull()
    const past = await source.fetch<CATEGORY_ARCHIVE_QUERY_RESULT>(
      CATEGORY_ARCHIVE_QUERY,
      { slug: 'money', ...pageSlice(3) },
      [],
    )
    expect(past).toMatchObject({ total: 14, posts: [] })
    expect(paginate(3, past!.total)).toBeNull()
  })

  it('pages through an author’s posts', async () => {
    const result = await source.fetch<AUTHOR_ARCHIVE_QUERY_RESULT>(
      AUTHOR_ARCHIVE_QUERY,
      { slug: 'baraka', ...pageSlice(1) },
      [],
    )
    expect(result?.total).toBe(2)
    expect(result?.posts.map((p) => p.slug)).toEqual(['post-201', 'post-200'])
  })

  it('pages through every readable post', async () => {
    const page4 = await source.fetch<POST_ARCHIVE_QUERY_RESULT>(
      POST_ARCHIVE_QUERY,
      pageSlice(4),
      [],
    )
    expect(page4.total).toBe(39)
    expect(page4.posts).toHaveLength(9)
    expect(paginate(5, page4.total)).toBeNull()
  })
})
