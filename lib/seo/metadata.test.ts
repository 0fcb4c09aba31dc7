import { describe, expect, it } from 'vitest'
import { articlePageMetadata } from './article.ts'
import { pageMetadata, siteMetadata } from './metadata.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

const SITE = 'http://localhost:3000'

const post = {
  title: 'The Hidden Male Fear That Makes Him Pull Away From You',
  slug: SEED_ARTICLE.slug,
  excerpt: 'He was close, then suddenly distant.',
  seoTitle: null,
  seoDescription: null,
  publishedAt: '2026-02-28T06:00:00.000Z',
  _updatedAt: '2026-02-28T06:00:00.000Z',
  author: { name: 'Nabado Editors', slug: 'nabado-editors' },
  category: { title: 'Relationships', slug: 'relationships' },
  coverImage: null,
}
const path = SEED_ARTICLE.path

describe('siteMetadata', () => {
  it('sets the title template, a self canonical, the feed link and the default image', () => {
    const metadata = siteMetadata()
    expect(metadata.title).toEqual({ default: 'Nabado', template: '%s · Nabado' })
    expect(metadata.metadataBase?.toString()).toBe(`${SITE}/`)
    expect(metadata.alternates).toEqual({
      canonical: './',
      types: { 'application/rss+xml': [{ url: `${SITE}/feed.xml`, title: 'Nabado' }] },
    })
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      siteName: 'Nabado',
      locale: 'en_KE',
      url: './',
      images: [{ url: `${SITE}/opengraph-image`, width: 1200, height: 630 }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
    expect(metadata.robots).toBeUndefined()
  })
})

describe('articlePageMetadata', () => {
  const metadata = articlePageMetadata(post)

  it('has an absolute canonical, the excerpt as description, and the feed link', () => {
    expect(metadata.title).toBe(post.title)
    expect(metadata.description).toBe(post.excerpt)
    expect(metadata.alternates?.canonical).toBe(`${SITE}${path}`)
    expect(metadata.alternates?.types).toHaveProperty('application/rss+xml')
  })

  it('is an Open Graph article with times, author, section and a 1200×630 image', () => {
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: `${SITE}${path}`,
      siteName: 'Nabado',
      locale: 'en_KE',
      publishedTime: '2026-02-28T09:00:00+03:00',
      modifiedTime: '2026-02-28T09:00:00+03:00',
      authors: [`${SITE}/author/nabado-editors`],
      section: 'Relationships',
    })
    const [image] = (metadata.openGraph?.images ?? []) as Array<{ url: string; width: number }>
    expect(image).toMatchObject({ width: 1200, height: 630, alt: post.title })
    expect(image?.url).toMatch(new RegExp(`^${SITE}${path}/opengraph-image`))
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [image] })
  })

  it("prefers an editor's SEO title and description in search results", () => {
    const seo = articlePageMetadata({ ...post, seoTitle: 'Short', seoDescription: 'Snippet' })
    expect(seo.title).toBe('Short')
    expect(seo.description).toBe('Snippet')
    // Shared previews keep the article's own title.
    expect(seo.openGraph?.title).toBe(post.title)
  })

  it('can keep a draft out of search results', () => {
    expect(metadata.robots).toBeUndefined()
    expect(articlePageMetadata(post, { noindex: true }).robots).toEqual({
      index: false,
      follow: false,
    })
  })
})

describe('pageMetadata', () => {
  it('is a website page with its own absolute canonical and the default image', () => {
    const metadata = pageMetadata({
      title: 'Relationships',
      description: 'Dating, love, marriage.',
      path: '/category/relationships',
    })
    expect(metadata.alternates?.canonical).toBe(`${SITE}/category/relationships`)
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: `${SITE}/category/relationships`,
      images: [{ url: `${SITE}/opengraph-image`, width: 1200, height: 630 }],
    })
    expect(pageMetadata({ title: 'x', path: '/x', noindex: true }).robots).toEqual({
      index: false,
      follow: false,
    })
  })
})
