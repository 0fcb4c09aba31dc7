import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { PostCard as PostCardData } from '@/lib/content'
import { FEATURED_IMAGE_SIZES } from '@/lib/images/sizes.ts'
import { PostCard } from './post-card.tsx'

const post: PostCardData = {
  _id: 'p1',
  title: 'Why he pulls away',
  slug: 'why-he-pulls-away',
  publishedAt: '2026-02-28T08:00:00Z',
  excerpt: 'The fear behind the silence.',
  category: { title: 'Love', slug: 'love' },
  coverImage: {
    alt: 'A phone in the dark',
    crop: null,
    hotspot: null,
    asset: {
      _id: 'image-64771c5b03cd3c1de581c592bcf4ca384850beaa-1200x675-webp',
      url: 'https://cdn.sanity.io/images/nabado-demo/production/64771c5b03cd3c1de581c592bcf4ca384850beaa-1200x675.webp',
    },
  },
}

const render = (props: Partial<Parameters<typeof PostCard>[0]> = {}) =>
  renderToStaticMarkup(createElement(PostCard, { post, ...props }))

describe('PostCard', () => {
  it('lists a post: category, date, linked title, excerpt, then a fixed-width thumbnail', () => {
    const html = render()
    expect(html).toMatch(/^<article class="flex items-start gap-4"><div /)
    expect(html).toContain('>Love</span><time dateTime="2026-02-28T08:00:00Z">')
    expect(html).toContain('<h2 class="font-serif leading-snug font-bold text-xl">')
    expect(html).toMatch(/<a href="\/2026\/02\/28\/why-he-pulls-away"[^>]*>Why he pulls away<\/a>/)
    expect(html).toContain('The fear behind the silence.</p></div><img ')
    expect(html).toContain('width="96" height="96"')
    expect(html).toMatch(/srcSet="[^"]* 1x, [^"]* 2x"/)
    expect(html).not.toContain('sizes=')
  })

  it('features a post: larger title and excerpt, a responsive cover', () => {
    const html = render({ featured: true, headingLevel: 'h3' })
    expect(html).toMatch(/^<article class="flex flex-col-reverse gap-4 sm:flex-row-reverse /)
    expect(html).toContain('<h3 class="font-serif leading-snug font-bold text-3xl sm:text-4xl">')
    expect(html).toContain('<p class="font-serif text-muted text-lg">')
    expect(html).toContain(`sizes="${FEATURED_IMAGE_SIZES}"`)
  })

  it('leaves out the image, category and excerpt when there are none or when asked', () => {
    const html = render({ post: { ...post, coverImage: null, category: null }, showExcerpt: false })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('Love')
    expect(html).not.toContain('The fear behind the silence.')
    expect(html).toMatch(/<\/div><\/article>$/)
  })
})
