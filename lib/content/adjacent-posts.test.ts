import { describe, expect, it } from 'vitest'
import { ADJACENT_POSTS_QUERY } from '@/sanity/queries.ts'
import type { ADJACENT_POSTS_QUERY_RESULT } from '@/sanity/types.ts'
import { createBundledSource } from './bundled-source.ts'

// The previous/next article query, through the bundled source (groq-js) as the site runs it.

const post = (id: string, publishedAt: string | undefined, slug: string | null = id) => ({
  _id: id,
  _type: 'post',
  title: `Title ${id}`,
  slug: slug ? { _type: 'slug', current: slug } : undefined,
  publishedAt,
})

const source = createBundledSource(async () => [
  post('a', '2025-01-01T06:00:00.000Z'),
  post('b', '2025-02-01T06:00:00.000Z'),
  // Two posts published at the same moment: ordered by _id.
  post('c1', '2025-03-01T06:00:00.000Z'),
  post('c2', '2025-03-01T06:00:00.000Z'),
  post('d', '2025-04-01T06:00:00.000Z'),
  // Not readable: no date, no slug, a draft.
  post('undated', undefined),
  post('no-slug', '2025-02-15T06:00:00.000Z', null),
  { ...post('drafts.b2', '2025-02-10T06:00:00.000Z'), _id: 'drafts.b2' },
])

async function adjacent(postId: string, publishedAt: string) {
  const result = await source.fetch<ADJACENT_POSTS_QUERY_RESULT>(
    ADJACENT_POSTS_QUERY,
    { postId, publishedAt },
    [],
  )
  return { older: result.older?.slug ?? null, newer: result.newer?.slug ?? null }
}

describe('ADJACENT_POSTS_QUERY', () => {
  it('finds the next older and next newer readable post', async () => {
    expect(await adjacent('b', '2025-02-01T06:00:00.000Z')).toEqual({ older: 'a', newer: 'c1' })
  })

  it('has no older post for the oldest and no newer post for the newest', async () => {
    expect(await adjacent('a', '2025-01-01T06:00:00.000Z')).toEqual({ older: null, newer: 'b' })
    expect(await adjacent('d', '2025-04-01T06:00:00.000Z')).toEqual({ older: 'c2', newer: null })
  })

  it('steps through posts sharing a publish date one at a time', async () => {
    expect(await adjacent('c1', '2025-03-01T06:00:00.000Z')).toEqual({ older: 'b', newer: 'c2' })
    expect(await adjacent('c2', '2025-03-01T06:00:00.000Z')).toEqual({ older: 'c1', newer: 'd' })
  })
})
