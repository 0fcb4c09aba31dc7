import { describe, expect, it } from 'vitest'
import { headTags, resolveTitle } from './head-tags.ts'
import { articleMetadata, pageMetadata } from './metadata.ts'

const find = (tags: ReturnType<typeof headTags>, key: string) =>
  tags.filter(
    (tag) =>
      (tag.tag === 'meta' && (tag.name === key || tag.property === key)) ||
      (tag.tag === 'link' && tag.rel === key),
  )

describe('resolveTitle', () => {
  it('applies the site template to a page title and leaves an absolute one alone', () => {
    expect(resolveTitle('Support Nabado')).toBe('Support Nabado · Nabado')
    expect(resolveTitle({ absolute: 'Nabado' })).toBe('Nabado')
    expect(resolveTitle(undefined)).toBeNull()
  })
})

describe('headTags', () => {
  it('writes a page’s title, description, canonical, feed link, Open Graph and X tags', () => {
    const tags = headTags(
      pageMetadata({ title: 'Relationships', description: 'About love.', path: '/category/x' }),
    )
    expect(tags[0]).toEqual({ tag: 'title', text: 'Relationships · Nabado' })
    expect(find(tags, 'description')).toEqual([
      { tag: 'meta', name: 'description', content: 'About love.' },
    ])
    expect(find(tags, 'canonical')[0]).toMatchObject({
      href: expect.stringMatching(/\/category\/x$/),
    })
    expect(find(tags, 'alternate')[0]).toMatchObject({
      type: 'application/rss+xml',
      href: expect.stringMatching(/\/feed\.xml$/),
      title: 'Nabado',
    })
    expect(find(tags, 'og:type')[0]).toMatchObject({ content: 'website' })
    expect(find(tags, 'og:image:width')[0]).toMatchObject({ content: '1200' })
    expect(find(tags, 'twitter:card')[0]).toMatchObject({ content: 'summary_large_image' })
    expect(find(tags, 'twitter:image:height')[0]).toMatchObject({ content: '630' })
    expect(find(tags, 'robots')).toEqual([])
  })

  it('writes an article’s times, author and section, and noindex when asked', () => {
    const tags = headTags(
      articleMetadata(
        {
          title: 'A title',
          excerpt: 'An excerpt',
          publishedAt: '2026-02-28T06:00:00Z',
          author: { name: 'Nabado Editors', slug: 'nabado-editors' },
          category: { title: 'Relationships' },
        },
        {
          path: '/2026/02/28/a-title',
          image: { url: '/x.png', width: 1200, height: 630, alt: 'A', type: 'image/png' },
          noindex: true,
        },
      ),
    )
    expect(find(tags, 'article:published_time')[0]).toMatchObject({
      content: '2026-02-28T09:00:00+03:00',
    })
    expect(find(tags, 'article:author')[0]).toMatchObject({
      content: expect.stringMatching(/\/author\/nabado-editors$/),
    })
    expect(find(tags, 'article:section')[0]).toMatchObject({ content: 'Relationships' })
    expect(find(tags, 'author')).toEqual([
      { tag: 'link', rel: 'author', href: expect.stringMatching(/\/author\/nabado-editors$/) },
      { tag: 'meta', name: 'author', content: 'Nabado Editors' },
    ])
    expect(find(tags, 'robots')).toEqual([
      { tag: 'meta', name: 'robots', content: 'noindex, nofollow' },
    ])
  })

  it('says noindex, follow for search results', () => {
    const tags = headTags({ title: 'Search', robots: { index: false, follow: true } })
    expect(find(tags, 'robots')[0]).toMatchObject({ content: 'noindex, follow' })
  })
})
