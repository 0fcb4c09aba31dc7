import { spawnSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { editorClient, sanitySiteUrl, STAND_IN, standInControl } from './setup.ts'

// The search index follows what is published (#25): the publish webhook writes a post into
// the index within the same 2 s as its pages, and takes it out on an unpublish or a delete.
// A draft's words are never found.

const searchPage = async (words: string) =>
  (await fetch(`${sanitySiteUrl}/search?q=${encodeURIComponent(words)}`)).text()

const resultsFor = async (words: string) =>
  Number(/>([\d,]+)\+? results?</.exec(await searchPage(words))?.[1]?.replace(/,/g, '') ?? NaN)

const block = (text: string) => ({
  _type: 'block',
  _key: `k${Math.random().toString(36).slice(2, 10)}`,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: 's1', text, marks: [] }],
})

/** A word no post holds, nor anything one letter away from it. */
const freshWord = () => `quokkamchumba${Date.now().toString(36)}`

test.beforeEach(() => standInControl('webhooks/settled'))

// Timing on a 2-core CI machine running eight other servers: a retry publishes a new word and
// must meet the same 2 s (see freshness.spec.ts).
test.describe.configure({ retries: 1 })

test('a published word is found within 2 s, and gone within 2 s of its unpublish', async () => {
  const word = freshWord()
  const id = `post-search-index-${Date.now()}`
  const title = `A Letter From Kisumu ${Date.now()}`
  expect(await resultsFor(word)).toBe(0)

  const published = Date.now()
  await editorClient.create({
    _id: id,
    _type: 'post',
    title,
    slug: { _type: 'slug', current: id.replace(/^post-/, '') },
    publishedAt: '2026-03-03T07:00:00+03:00',
    excerpt: 'A short letter.',
    body: [block(`Somewhere in the middle of this letter is the word ${word}, once.`)],
  })
  await expect.poll(() => searchPage(word), { timeout: 2_000, intervals: [50] }).toContain(title)
  console.log(`publish → found by search: ${Date.now() - published} ms`)
  const html = await searchPage(word)
  expect(html).toContain('>1 result<')
  expect(html).toMatch(new RegExp(`<mark[^>]*>${word}</mark>`))

  // Unpublished in the Studio: the published document goes, a draft of it stays.
  const document = await editorClient.getDocument(id)
  await editorClient.createOrReplace({ ...document!, _id: `drafts.${id}` })
  const unpublished = Date.now()
  await editorClient.delete(id)
  await expect.poll(() => resultsFor(word), { timeout: 2_000, intervals: [50] }).toBe(0)
  console.log(`unpublish → gone from search: ${Date.now() - unpublished} ms`)
  await editorClient.delete(`drafts.${id}`)
})

test('an edit that drops a word drops it from search; a deleted post is gone', async () => {
  // Far apart: a word one letter from another is found as its typo.
  const [first, second] = [freshWord(), `zebra${freshWord()}`]
  const id = `post-search-edit-${Date.now()}`
  const title = `Notes From Nakuru ${Date.now()}`
  await editorClient.create({
    _id: id,
    _type: 'post',
    title,
    slug: { _type: 'slug', current: id.replace(/^post-/, '') },
    publishedAt: '2026-03-04T07:00:00+03:00',
    body: [block(`The first word is ${first}.`)],
  })
  await expect.poll(() => resultsFor(first), { timeout: 2_000, intervals: [50] }).toBe(1)

  await editorClient
    .patch(id)
    .set({ body: [block(`The word is now ${second}.`)] })
    .commit()
  await expect.poll(() => resultsFor(second), { timeout: 2_000, intervals: [50] }).toBe(1)
  expect(await resultsFor(first)).toBe(0)

  await editorClient.delete(id)
  await expect.poll(() => resultsFor(second), { timeout: 2_000, intervals: [50] }).toBe(0)
})

test('a draft’s words are never found, before or after the index checks itself', async () => {
  const word = freshWord()
  const id = `post-search-draft-${Date.now()}`
  await editorClient.create({
    _id: `drafts.${id}`,
    _type: 'post',
    title: `Never Published ${word}`,
    slug: { _type: 'slug', current: id.replace(/^post-/, '') },
    publishedAt: '2026-03-05T07:00:00+03:00',
    body: [block(`This draft says ${word}.`)],
  })
  try {
    await standInControl('webhooks/settled')
    expect(await resultsFor(word)).toBe(0)
    // A full rebuild (npm run search:reindex) reads every post again: still nothing of it.
    const run = spawnSync(process.execPath, ['scripts/search-reindex.ts', '--url', sanitySiteUrl], {
      env: { ...process.env, SANITY_REVALIDATE_SECRET: STAND_IN.webhookSecret },
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/indexed \d+ posts in \d+ ms/)
    expect(await resultsFor(word)).toBe(0)
  } finally {
    await editorClient.delete(`drafts.${id}`)
  }
})

test('the rebuild endpoint wants POST and the webhook secret as a bearer token', async () => {
  for (const authorization of [undefined, 'Bearer wrong', STAND_IN.webhookSecret, 'Bearer ']) {
    const response = await reindex(authorization)
    expect(response.status, String(authorization)).toBe(401)
    expect(await response.json()).toEqual({ error: 'Unauthorized' })
  }
  const run = spawnSync(process.execPath, ['scripts/search-reindex.ts', '--url', sanitySiteUrl], {
    env: { ...process.env, SANITY_REVALIDATE_SECRET: 'not-the-secret' },
    encoding: 'utf8',
  })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('answered 401: Unauthorized')
  const get = await fetch(`${sanitySiteUrl}/api/search/reindex`)
  expect(get.status).toBe(405)
  expect(get.headers.get('allow')).toBe('POST')
})

function reindex(authorization: string | undefined) {
  return fetch(`${sanitySiteUrl}/api/search/reindex`, {
    method: 'POST',
    headers: authorization === undefined ? {} : { authorization },
  })
}
