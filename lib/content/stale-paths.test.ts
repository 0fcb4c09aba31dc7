import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSanityStandIn } from '@/tools/sanity-stand-in/server.ts'
import type { SanityDocument } from '../dataset/ndjson.ts'
import { parseNdjson } from '../dataset/ndjson.ts'
import { createBundledSource } from './bundled-source.ts'
import {
  parsePublishEvent,
  STALE_POSTS_LIMIT,
  type PublishEvent,
} from '../freshness/webhook-change.ts'
import { createSanitySource } from './sanity-source.ts'
import { generatedArticleImage } from '../seo/share-image.ts'
import { pathsForChange } from './stale-paths.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// STALE_PATHS_QUERY through the bundled source (groq-js), as the webhook runs it: over the
// bundled dataset itself, and over copies of it changed the way a publish changes it.

const documents = parseNdjson(
  readFileSync(new URL('../../sanity/dataset/production.ndjson', import.meta.url), 'utf8'),
)
const sourceOver = (docs: SanityDocument[]) =>
  createBundledSource(async () => structuredClone(docs))

const SEED = SEED_ARTICLE.path
const MONEY_CHANGES =
  '/2026/02/24/when-money-changes-love-the-hidden-ways-wealth-affects-relationships'
const LONELINESS = '/2026/02/20/why-loneliness-is-rising-despite-social-media'
const REAL_REASON = '/2026/02/15/the-real-reason-relationships-are-failing-in-kenya-today'
const EMOTIONAL_COST =
  '/2026/01/29/the-emotional-cost-of-being-strong-in-kenyan-society-and-why-many-are-tired-of-pretending'
const LOVE_MONEY =
  '/2026/01/22/love-money-and-expectations-the-hidden-reasons-modern-couples-are-struggling-more-than-ever'

const byId = (id: string) => documents.find((doc) => doc._id === id)!
const refs = (doc: SanityDocument, field: 'categories') =>
  ((doc[field] as Array<{ _ref: string }>) ?? []).map((ref) => ref._ref)

/** The body Sanity sends for `before` becoming `after` (WEBHOOK_PROJECTION's fields). */
function change(before: SanityDocument | null, after: SanityDocument | null): PublishEvent {
  const doc = (after ?? before)!
  const side = (d: SanityDocument | null) => ({
    slug: (d?.slug as { current?: string } | undefined)?.current ?? null,
    publishedAt: (d?.publishedAt as string | undefined) ?? null,
    categories: d ? refs(d, 'categories') : null,
    author: (d?.author as { _ref?: string } | undefined)?._ref ?? null,
    parent: (d?.parent as { _ref?: string } | undefined)?._ref ?? null,
    footerPages: d
      ? ((d.footerLinks as Array<{ page?: { _ref: string } }> | undefined) ?? []).flatMap((link) =>
          link.page ? [link.page._ref] : [],
        )
      : null,
  })
  const [was, now] = [side(before), side(after)]
  return parsePublishEvent({
    _id: doc._id,
    _type: doc._type,
    operation: !before ? 'create' : !after ? 'delete' : 'update',
    ...now,
    previousSlug: was.slug,
    previousPublishedAt: was.publishedAt,
    previousCategories: was.categories,
    previousAuthor: was.author,
    previousParent: was.parent,
    previousFooterPages: was.footerPages,
  })!
}

const shareImageOf = (path: string) => generatedArticleImage(path, '').url

describe('pathsForChange over the bundled dataset', () => {
  it('an edit to the seed article: it, the home page, its archives and its older neighbour', async () => {
    const seed = byId(SEED_ARTICLE.id)
    // Through the content door's own source (no Sanity env in unit tests: the bundled file).
    expect(await pathsForChange(change(seed, seed))).toEqual([
      '/',
      MONEY_CHANGES,
      SEED,
      // Its generated share image (its title is on it).
      shareImageOf(SEED),
      '/author/nabado-editors',
      '/category/psychology',
      '/category/relationships',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
      // Its slug alone: a redirect to it (ISR).
      `/${SEED_ARTICLE.slug}`,
    ])
  })

  it('an edit to a post the seed article picks: the seed article too', async () => {
    const loneliness = byId('post-why-loneliness-is-rising-despite-social-media')
    const paths = await pathsForChange(change(loneliness, loneliness))
    expect(paths).toEqual([
      '/',
      REAL_REASON,
      LONELINESS,
      shareImageOf(LONELINESS),
      MONEY_CHANGES,
      SEED,
      '/author/nabado-editors',
      '/category/society',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
      '/why-loneliness-is-rising-despite-social-media',
    ])
    // An older webhook body (type and slug only) finds the same pages from the post itself.
    const legacy = parsePublishEvent({
      _type: 'post',
      slug: 'why-loneliness-is-rising-despite-social-media',
    })!
    expect(await pathsForChange(legacy)).toEqual(paths)
  })

  it('a delete: the old address, the old neighbours and the seed article that picked it', async () => {
    const loveMoney = byId(
      'post-love-money-and-expectations-the-hidden-reasons-modern-couples-are-struggling-more-than-ever',
    )
    const after = documents.filter((doc) => doc._id !== loveMoney._id)
    expect(await pathsForChange(change(loveMoney, null), sourceOver(after))).toEqual([
      '/',
      LOVE_MONEY,
      EMOTIONAL_COST,
      SEED,
      '/author/nabado-editors',
      '/category/money',
      '/category/relationships',
      '/feed',
      '/feed.xml',
      LOVE_MONEY.replace(/^\/\d{4}\/\d{2}\/\d{2}/, ''),
      '/sitemap.xml',
    ])
  })

  it('a new date: the neighbours where it was and where it is now', async () => {
    const before = byId('post-why-loneliness-is-rising-despite-social-media')
    const after = { ...before, publishedAt: '2026-01-01T06:00:00.000Z' }
    const docs = documents.map((doc) => (doc._id === before._id ? after : doc))
    expect(await pathsForChange(change(before, after), sourceOver(docs))).toEqual([
      '/',
      '/2026/01/01/why-loneliness-is-rising-despite-social-media',
      shareImageOf('/2026/01/01/why-loneliness-is-rising-despite-social-media'),
      // Its new newer neighbour (it is now the oldest post).
      LOVE_MONEY,
      // Its old neighbours, which now link to each other.
      REAL_REASON,
      LONELINESS,
      MONEY_CHANGES,
      // The seed article still picks it.
      SEED,
      '/author/nabado-editors',
      '/category/society',
      '/feed',
      '/feed.xml',
      '/sitemap.xml',
      '/why-loneliness-is-rising-despite-social-media',
    ])
  })

  it('a category: its archive under both slugs, the home page and every post in it', async () => {
    const before = byId('category-money')
    const after = { ...before, slug: { _type: 'slug', current: 'money-and-love' } }
    const docs = documents.map((doc) => (doc._id === before._id ? after : doc))
    expect(await pathsForChange(change(before, after), sourceOver(docs))).toEqual([
      '/',
      LOVE_MONEY,
      MONEY_CHANGES,
      '/category/money',
      '/category/money-and-love',
    ])
  })

  it('an author: their archive, the home page and every post they wrote', async () => {
    const author = byId('author-nabado-editors')
    const paths = await pathsForChange(change(author, author))
    expect(paths).toContain('/author/nabado-editors')
    expect(paths).toContain('/')
    expect(paths.filter((path) => /^\/\d{4}\//.test(path))).toHaveLength(8)
  })

  it('settings: the home and support pages, and the pages its footer links to', async () => {
    const settings = byId('siteSettings')
    expect(await pathsForChange(change(settings, settings))).toEqual([
      '/',
      '/about',
      '/privacy',
      '/support',
    ])
    // A link taken out: that page too (its footer no longer shows it), from the old side.
    const links = settings.footerLinks as Array<{ page: { _ref: string } }>
    const fewer = { ...settings, footerLinks: links.filter((l) => l.page._ref !== 'page-privacy') }
    const docs = documents.map((doc) => (doc._id === settings._id ? fewer : doc))
    expect(await pathsForChange(change(settings, fewer), sourceOver(docs))).toEqual([
      '/',
      '/about',
      '/privacy',
      '/support',
    ])
  })

  it('a page the footer links to: it, and the pages showing its link', async () => {
    const about = byId('page-about')
    expect(await pathsForChange(change(about, about))).toEqual([
      '/',
      '/about',
      '/privacy',
      '/support',
    ])
  })

  it('a renamed page: its old and new address, and its children’s under both', async () => {
    const about = byId('page-about')
    const team = {
      _id: 'page-team',
      _type: 'page',
      title: 'Our team',
      slug: { _type: 'slug', current: 'team' },
      parent: { _type: 'reference', _ref: 'page-about' },
    }
    const renamed = { ...about, slug: { _type: 'slug', current: 'about-us' } }
    const docs = [...documents.map((doc) => (doc._id === about._id ? renamed : doc)), team]
    expect(await pathsForChange(change(about, renamed), sourceOver(docs))).toEqual([
      '/',
      '/about',
      '/about-us',
      '/about-us/team',
      '/about/team',
      '/privacy',
      '/support',
    ])
    // The child moved to the top level: /about/team (now 404) and /team.
    const moved = { ...team, parent: undefined }
    const after = [...documents, moved]
    expect(await pathsForChange(change(team, moved), sourceOver(after))).toEqual([
      '/about/team',
      '/team',
    ])
  })

  it('an unpublished page: its old address, never a page the site refuses', async () => {
    const privacy = byId('page-privacy')
    const docs = documents.filter((doc) => doc._id !== privacy._id)
    // The footer still names it (the link is left out while the page is gone): the pages
    // showing the footer's links are refreshed too.
    expect(await pathsForChange(change(privacy, null), sourceOver(docs))).toEqual([
      '/',
      '/about',
      '/privacy',
      '/support',
    ])
    const reserved = { ...privacy, slug: { _type: 'slug', current: 'support' } }
    expect(await pathsForChange(change(reserved, reserved), sourceOver([reserved]))).toEqual([])
  })

  it(`refreshes at most ${STALE_POSTS_LIMIT} of a category's posts at once, the newest`, async () => {
    const many = Array.from({ length: STALE_POSTS_LIMIT + 50 }, (_, i) => ({
      _id: `post-${i}`,
      _type: 'post',
      slug: { _type: 'slug', current: `post-${i}` },
      publishedAt: new Date(Date.UTC(2025, 0, 1, 6) + i * 86_400_000).toISOString(),
      categories: [{ _type: 'reference', _ref: 'category-love', _key: 'love' }],
    }))
    const love = { _id: 'category-love', _type: 'category', slug: { current: 'love' } }
    const paths = await pathsForChange(change(love, love), sourceOver([love, ...many]))
    const articles = paths.filter((path) => path.startsWith('/20'))
    expect(articles).toHaveLength(STALE_POSTS_LIMIT)
    // The newest (post-249) is in, the oldest 50 are left to the time-based revalidation.
    expect(articles).toContain(`/2025/09/07/post-${STALE_POSTS_LIMIT + 49}`)
    expect(articles).not.toContain('/2025/01/01/post-0')
    expect(paths).toContain('/category/love')
  })
})

describe('pathsForChange over the Content Lake (the local stand-in)', () => {
  it('gives the bundled answer, and asks again for the next change', async () => {
    const stand = await createSanityStandIn({ projectId: 'stale', documents })
    try {
      const lake = createSanitySource({
        projectId: 'stale',
        dataset: 'production',
        apiVersion: '2025-10-01',
        token: undefined,
        apiHost: stand.httpUrl,
      })
      const loneliness = byId('post-why-loneliness-is-rising-despite-social-media')
      const edit = change(loneliness, loneliness)
      expect(await pathsForChange(edit, lake)).toEqual(await pathsForChange(edit))
      // A page and the settings (its footer) too.
      for (const id of ['page-about', 'siteSettings']) {
        const doc = byId(id)
        const pageEdit = change(doc, doc)
        expect(await pathsForChange(pageEdit, lake)).toEqual(await pathsForChange(pageEdit))
        expect(await pathsForChange(pageEdit, lake)).toContain('/about')
      }

      // The seed article stops picking it: the same question now leaves the seed article out.
      const seedId = SEED_ARTICLE.id
      await stand.mutate([{ patch: { id: seedId, set: { related: [] } } }])
      expect(await pathsForChange(edit, lake)).not.toContain(SEED)
    } finally {
      await stand.close()
    }
  })
})
