import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  SEARCH_DOCUMENT_QUERY,
  SEARCH_DOCUMENTS_QUERY,
  SEARCH_FINGERPRINT_QUERY,
} from '@/sanity/queries.ts'
import type {
  SEARCH_DOCUMENT_QUERY_RESULT,
  SEARCH_DOCUMENTS_QUERY_RESULT,
  SEARCH_FINGERPRINT_QUERY_RESULT,
} from '@/sanity/types.ts'
import type { SanityDocument } from '@sanity/client'
import { createBundledSource } from './bundled-source.ts'

// The search index's reads, run through groq-js over the bundled dataset as the site runs them.

const documents = readFileSync('sanity/dataset/production.ndjson', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as SanityDocument)
const source = createBundledSource(async () => documents)
const posts = documents.filter((doc) => doc._type === 'post')

describe('the search index reads', () => {
  it('lists every readable post with its headings and body as plain text', async () => {
    const found = await source.fetch<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY, {}, [])
    expect(found).toHaveLength(posts.length)
    const loneliness = found.find((post) => /Loneliness/.test(post.title ?? ''))!
    expect(loneliness.text.length).toBeGreaterThan(200)
    expect(loneliness.headings.length).toBeGreaterThan(0)
    // Headings are part of the body too; the index weighs them apart.
    expect(loneliness.text).toContain(loneliness.headings.split('\n')[0])
  })

  it('reads one post by id, and nothing for an id readers may not see', async () => {
    const [first] = posts
    const one = await source.fetch<SEARCH_DOCUMENT_QUERY_RESULT>(
      SEARCH_DOCUMENT_QUERY,
      { id: first!._id },
      [],
    )
    expect(one?._id).toBe(first!._id)
    const none = await source.fetch<SEARCH_DOCUMENT_QUERY_RESULT>(
      SEARCH_DOCUMENT_QUERY,
      { id: `drafts.${first!._id}` },
      [],
    )
    expect(none).toBeNull()
  })

  it('fingerprints the readable posts by their count, newest change and changes summed', async () => {
    const print = await source.fetch<SEARCH_FINGERPRINT_QUERY_RESULT>(
      SEARCH_FINGERPRINT_QUERY,
      {},
      [],
    )
    expect(print.count).toBe(posts.length)
    const newest = posts
      .map((post) => post._updatedAt)
      .sort()
      .at(-1)
    expect(print.latest).toBe(newest)
    const seconds = posts.reduce(
      (sum, post) => sum + Math.round(Date.parse(post._updatedAt) / 1000),
      0,
    )
    expect(print.seconds).toBe(seconds)
  })

  it('gives every indexed post its last change, for the index to fingerprint itself', async () => {
    const found = await source.fetch<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY, {}, [])
    const byId = new Map(posts.map((post) => [post._id, post._updatedAt]))
    for (const post of found) expect(post._updatedAt).toBe(byId.get(post._id))
  })
})
