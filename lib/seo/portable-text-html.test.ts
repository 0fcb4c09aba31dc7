import type { TypedObject } from '@portabletext/types'
import { describe, expect, it } from 'vitest'
import { portableTextToHtml } from './portable-text-html.ts'

const base = 'https://nabado.co.ke'

const span = (text: string, marks: string[] = []) => ({
  _type: 'span',
  _key: text.slice(0, 8),
  text,
  marks,
})
const block = (
  style: string,
  children: ReturnType<typeof span>[],
  markDefs: Array<{ _key: string; _type: 'link'; href: string }> = [],
  extra: Record<string, unknown> = {},
) => ({ _type: 'block', _key: `k${Math.random()}`, style, children, markDefs, ...extra })

describe('portableTextToHtml', () => {
  it('writes headings with the site’s anchors, paragraphs, emphasis and lists', () => {
    const html = portableTextToHtml(
      [
        block('h2', [span('1. The Intimacy-Fear Paradox')]),
        block('normal', [span('Closeness '), span('increases', ['strong']), span(' risk.')]),
        block('normal', [span('One')], [], { listItem: 'bullet', level: 1 }),
        block('normal', [span('Two')], [], { listItem: 'bullet', level: 1 }),
      ],
      { base },
    )
    expect(html).toContain('<h2 id="1-the-intimacy-fear-paradox">1. The Intimacy-Fear Paradox</h2>')
    expect(html).toContain('<p>Closeness <strong>increases</strong> risk.</p>')
    expect(html).toContain('<ul><li>One</li><li>Two</li></ul>')
  })

  it('escapes text, keeps safe links (site links made absolute) and drops unsafe ones', () => {
    const html = portableTextToHtml(
      [
        block(
          'normal',
          [
            span('<script>alert(1)</script> '),
            span('web', ['l1']),
            span(' mail', ['l2']),
            span(' site', ['l3']),
            span(' evil', ['l4']),
          ],
          [
            { _key: 'l1', _type: 'link', href: 'https://example.org/?a=1&b="2"' },
            { _key: 'l2', _type: 'link', href: 'mailto:editors@nabado.co.ke' },
            { _key: 'l3', _type: 'link', href: '/support' },
            { _key: 'l4', _type: 'link', href: 'javascript:alert(1)' },
          ],
        ),
      ],
      { base },
    )
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">web</a>',
    )
    expect(html).toContain('<a href="mailto:editors@nabado.co.ke"> mail</a>')
    expect(html).toContain('<a href="https://nabado.co.ke/support"> site</a>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('evil')
  })

  it('shows an inline image from the CDN, and leaves out what it cannot show', () => {
    const html = portableTextToHtml(
      [
        {
          _type: 'inlineImage',
          _key: 'img',
          asset: { _ref: 'image-abc-800x600-jpg' },
          url: 'https://cdn.sanity.io/images/p1/production/abc-800x600.jpg',
          alt: 'A "quiet" street',
          caption: 'Nairobi & rain',
        },
        { _type: 'inlineImage', _key: 'gone', asset: { _ref: 'image-x-1x1-png' }, url: null },
        { _type: 'somethingNew', _key: 'new' },
      ] as TypedObject[],
      { base },
    )
    expect(html).toBe(
      '<figure><img src="https://cdn.sanity.io/images/p1/production/abc-800x600.jpg?w=1200&amp;fm=jpg" alt="A &quot;quiet&quot; street" /><figcaption>Nairobi &amp; rain</figcaption></figure>',
    )
  })
})
