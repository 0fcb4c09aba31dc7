import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PortableTextBody } from '../portable-text-body.tsx'

const render = (value: object[]) =>
  renderToStaticMarkup(createElement(PortableTextBody, { value: value as never }))

const embed = (url: unknown, caption?: unknown) => ({ _type: 'embed', _key: 'e1', url, caption })

describe('EmbedCard in a body', () => {
  it('is a light card: provider, address, a link to the post, and the caption', () => {
    const html = render([
      embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'The launch, in full'),
    ])
    expect(html).toMatch(/^<figure class="body-embed not-prose my-8" data-provider="youtube">/)
    expect(html).toContain('>YouTube</p>')
    expect(html).toContain('>youtube.com/watch?v=dQw4w9WgXcQ</p>')
    expect(html).toMatch(
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" rel="noopener noreferrer"[^>]*>Watch on YouTube<span aria-hidden="true">↗<\/span><\/a>/,
    )
    expect(html).toMatch(/<figcaption[^>]*>The launch, in full<\/figcaption><\/figure>$/)
  })

  it('loads nothing from the provider: no iframe, image, script or other source', () => {
    const html = render([embed('https://x.com/nabado/status/1234567890', 'A thread')])
    expect(html).not.toMatch(/<(iframe|img|script|video|object|embed|link)\b/)
    expect(html).not.toMatch(/\ssrc(set)?=/)
    expect(html.match(/https?:\/\//g)).toEqual(['https://'])
    expect(html).toContain('>View on X<')
  })

  it.each([
    ['Spotify', 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', 'Listen on Spotify'],
    ['TikTok', 'https://www.tiktok.com/@nabado/video/7234567890123456789', 'Watch on TikTok'],
    ['Instagram', 'https://www.instagram.com/p/C1a2b3c4d5e/', 'View on Instagram'],
    ['Facebook', 'https://www.facebook.com/nabado/posts/pfbid02abc', 'View on Facebook'],
    ['Vimeo', 'https://vimeo.com/76979871', 'Watch on Vimeo'],
  ])('names %s and its action', (name, url, action) => {
    const html = render([embed(url)])
    expect(html).toContain(`>${name}</p>`)
    expect(html).toContain(`>${action}<`)
    expect(html).not.toContain('<figcaption')
  })

  it.each([
    'https://evil.example/watch?v=1',
    'https://www.youtube.com/@nabado',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '"><script>alert(1)</script>',
    '',
    null,
    42,
  ])('renders nothing for %s', (url) => {
    expect(render([embed(url, 'A caption')])).toBe('')
  })

  it('escapes a hostile caption', () => {
    const html = render([
      embed('https://youtu.be/dQw4w9WgXcQ', '<script>alert(1)</script>"><img src=x>'),
    ])
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x&gt;')
  })
})
