import { describe, expect, it } from 'vitest'
import {
  articleBreadcrumbJsonLd,
  articleJsonLd,
  categoryBreadcrumbJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from './json-ld.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// lib/env/public.ts: with NEXT_PUBLIC_SITE_URL unset, the site is http://localhost:3000.
const SITE = 'http://localhost:3000'

describe('serializeJsonLd', () => {
  it('cannot be broken out of by "</script>" in content, and parses back unchanged', () => {
    const data = {
      headline: 'Why </script><script>alert(1)</script> & <!-- matter',
      text: 'line\u2028separator',
    }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/<|>/)
    expect(json.toLowerCase()).not.toContain('</script')
    expect(JSON.parse(json)).toEqual(data)
  })
})

const post = {
  title: 'The Hidden Male Fear That Makes Him Pull Away From You',
  excerpt: 'He was close, then suddenly distant.',
  publishedAt: '2026-02-28T06:00:00.000Z',
  _updatedAt: '2026-03-02T10:15:00.000Z',
  author: { name: 'Nabado Editors', slug: 'nabado-editors' },
  category: { title: 'Relationships', slug: 'relationships' },
}
const path = SEED_ARTICLE.path

describe('articleJsonLd', () => {
  const data = articleJsonLd(post, { path, images: [`${path}/opengraph-image-abc`] })

  it("has Google's recommended article properties", () => {
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('BlogPosting')
    expect(data.headline).toBe(post.title)
    expect(data.image).toEqual([`${SITE}${path}/opengraph-image-abc`])
    expect(data.datePublished).toBe('2026-02-28T09:00:00+03:00')
    expect(data.dateModified).toBe('2026-03-02T13:15:00+03:00')
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Nabado Editors', url: `${SITE}/author/nabado-editors` },
    ])
    expect(data.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Nabado',
      logo: { '@type': 'ImageObject', url: `${SITE}/logo.png`, width: 512, height: 512 },
    })
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${SITE}${path}` })
  })

  it('never says an article changed before it was published', () => {
    const backdated = articleJsonLd(
      { ...post, _updatedAt: '2026-01-01T00:00:00Z' },
      { path, images: [] },
    )
    expect(backdated.dateModified).toBe(backdated.datePublished)
  })

  it('leaves out an author it cannot name', () => {
    expect(articleJsonLd({ ...post, author: null }, { path, images: [] })).not.toHaveProperty(
      'author',
    )
  })
})

describe('breadcrumbs', () => {
  it('runs Home › Category › Article on an article', () => {
    const trail = articleBreadcrumbJsonLd(post, path)
    expect(trail['@type']).toBe('BreadcrumbList')
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Relationships',
        item: `${SITE}/category/relationships`,
      },
      { '@type': 'ListItem', position: 3, name: post.title, item: `${SITE}${path}` },
    ])
  })

  it('skips the category when the article has none', () => {
    const trail = articleBreadcrumbJsonLd({ ...post, category: null }, path)
    expect((trail.itemListElement as unknown[]).length).toBe(2)
  })

  it('runs Home › Category on a category page', () => {
    const trail = categoryBreadcrumbJsonLd({ title: 'Money & Love', slug: 'money' })
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Money & Love', item: `${SITE}/category/money` },
    ])
  })
})

describe('websiteJsonLd', () => {
  it('offers a site search at /search?q=', () => {
    const site = websiteJsonLd({ name: 'Nabado' })
    expect(site['@type']).toBe('WebSite')
    expect(site.url).toBe(`${SITE}/`)
    expect(site.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    })
  })
})
