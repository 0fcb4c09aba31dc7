import { describe, expect, it } from 'vitest'
import { postPath } from '@/lib/addresses/permalink.ts'
import { FEED_POST_LIMIT, listFeedPosts } from './feed.ts'
import { getPostSeo } from './seo.ts'
import { getSitemapChunk, getSitemapPlan } from './sitemap.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// These read the bundled dataset through the production GROQ (no Sanity env in unit tests).

const SEED = SEED_ARTICLE.slug
const SITE = 'http://localhost:3000'

describe('getPostSeo', () => {
  it('reads what the article’s metadata needs', async () => {
    const post = await getPostSeo(SEED)
    expect(post).toMatchObject({
      title: 'The Hidden Male Fear That Makes Him Pull Away From You',
      slug: SEED,
      publishedAt: '2026-02-28T06:00:00.000Z',
      author: { name: 'Nabado Editors', slug: 'nabado-editors' },
      category: { title: 'Relationships', slug: 'relationships' },
      // The bundled cover is read with its export address (a demo file the site serves
      // itself, so share previews use the generated image: lib/seo/share-image.test.ts).
      coverImage: {
        alt: expect.stringMatching(/^Two people/),
        asset: { _ref: expect.stringMatching(/^image-[0-9a-f]{40}-1200x800-webp$/) },
        url: expect.stringMatching(/^https:\/\/cdn\.sanity\.io\/images\/nabado-demo\//),
      },
    })
    expect(post?.excerpt).toMatch(/^He was close, then suddenly distant\./)
  })

  it('is null for a slug no readable post has', async () => {
    expect(await getPostSeo('no-such-post')).toBeNull()
  })
})

describe('listFeedPosts', () => {
  it('reads every post, newest first, with its body', async () => {
    const posts = await listFeedPosts()
    expect(FEED_POST_LIMIT).toBeGreaterThanOrEqual(posts.length)
    expect(posts).toHaveLength(8)
    expect(posts[0]?.slug).toBe(SEED)
    const dates = posts.map((post) => post.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    const headings = (posts[0]?.body ?? []).filter(
      (block) => block._type === 'block' && block.style === 'h2',
    )
    expect(headings).toHaveLength(18)
    expect(posts[0]).toMatchObject({ author: 'Nabado Editors' })
  })
})

describe('sitemap reads', () => {
  it('fit in one sitemap: home, support, the pages, categories, the author and every post', async () => {
    expect((await getSitemapPlan()).chunks).toBe(1)
    const entries = (await getSitemapChunk(0)) ?? []
    const urls = entries.map((entry) => entry.url)
    expect(urls.slice(0, 4)).toEqual([
      `${SITE}/`,
      `${SITE}/support`,
      `${SITE}/about`,
      `${SITE}/privacy`,
    ])
    expect(entries[2]?.lastModified).toBe('2026-11-20T09:00:00.000Z')
    expect(urls.filter((url) => url.includes('/category/'))).toHaveLength(5)
    expect(urls).toContain(`${SITE}/author/nabado-editors`)
    const posts = await listFeedPosts()
    for (const post of posts) expect(urls).toContain(`${SITE}${postPath(post)}`)
    expect(entries).toHaveLength(2 + 2 + 5 + 1 + 8)
    expect(new Set(urls).size).toBe(urls.length)
    // Every address has a last change, even categories the export never dated.
    for (const entry of entries) expect(entry.lastModified).toBeTruthy()
    expect(await getSitemapChunk(1)).toBeNull()
  })
})
