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

describe('portableTextToHtml: the body’s own blocks, as the page has them', () => {
  const html = (value: object[]) => portableTextToHtml(value as TypedObject[], { base })
  const rows = (...cells: string[][]) => ({
    _type: 'table',
    rows: cells.map((row, i) => ({ _type: 'tableRow', _key: `r${i}`, cells: row })),
  })

  it('writes a table as a table with its caption and column headings', () => {
    expect(
      html([
        {
          _type: 'dataTable',
          _key: 't1',
          caption: 'Replies by county',
          headerRow: true,
          table: rows(['County', 'Replies'], ['Nairobi', '412']),
        },
      ]),
    ).toBe(
      '<table><caption>Replies by county</caption>' +
        '<thead><tr><th scope="col">County</th><th scope="col">Replies</th></tr></thead>' +
        '<tbody><tr><td>Nairobi</td><td>412</td></tr></tbody></table>',
    )
    expect(
      html([{ _type: 'dataTable', _key: 't2', headerRow: false, table: rows(['a', 'b']) }]),
    ).toBe('<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>')
    expect(html([{ _type: 'dataTable', _key: 't3', caption: 'No rows', table: rows() }])).toBe('')
  })

  it('escapes hostile table cells and captions', () => {
    const out = html([
      {
        _type: 'dataTable',
        _key: 't1',
        caption: '<script>alert(1)</script>',
        table: rows(['<img src=x onerror=alert(1)>'], ['</td></table><b>"&\'</b>']),
      },
    ])
    expect(out).not.toMatch(/<(script|img|b)\b/)
    expect(out).toContain('<caption>&lt;script&gt;alert(1)&lt;/script&gt;</caption>')
    expect(out).toContain('<th scope="col">&lt;img src=x onerror=alert(1)&gt;</th>')
    expect(out).toContain('<td>&lt;/td&gt;&lt;/table&gt;&lt;b&gt;&quot;&amp;&#x27;&lt;/b&gt;</td>')
  })

  it('writes code as <pre><code>, whitespace exactly as written, labelled like the page', () => {
    const code = 'def greet(name):\n    return f"Habari, {name}"  # <- two spaces\n\tx = 1 & 2'
    expect(
      html([{ _type: 'code', _key: 'c1', code, language: 'python', filename: 'greet.py' }]),
    ).toBe(
      '<p><small>Python · greet.py</small></p>' +
        '<pre><code class="language-python">def greet(name):\n    return f&quot;Habari, {name}&quot;  # &lt;- two spaces\n\tx = 1 &amp; 2</code></pre>',
    )
    expect(html([{ _type: 'code', _key: 'c2', code: 'ls' }])).toBe('<pre><code>ls</code></pre>')
    expect(html([{ _type: 'code', _key: 'c3', code: '' }])).toBe('')
  })

  it('escapes hostile code, languages and file names', () => {
    const out = html([
      {
        _type: 'code',
        _key: 'c1',
        code: '</code></pre><script>alert(1)</script>',
        language: '"><script>',
        filename: '<img src=x>',
      },
    ])
    expect(out).not.toMatch(/<(script|img)\b/)
    expect(out).toBe(
      '<p><small>&quot;&gt;&lt;script&gt; · &lt;img src=x&gt;</small></p>' +
        '<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>',
    )
  })

  it('writes an embed as a paragraph linking to the post, naming provider and address, with its caption', () => {
    expect(
      html([
        {
          _type: 'embed',
          _key: 'e1',
          url: 'http://youtube.com/watch?v=dQw4w9WgXcQ&t=42',
          caption: 'The launch & after',
        },
      ]),
    ).toBe(
      '<p><a href="https://youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42" rel="noopener noreferrer">' +
        'YouTube: youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42</a><br />The launch &amp; after</p>',
    )
    expect(html([{ _type: 'embed', _key: 'e2', url: 'https://x.com/nabado/status/1' }])).toBe(
      '<p><a href="https://x.com/nabado/status/1" rel="noopener noreferrer">X (Twitter): x.com/nabado/status/1</a></p>',
    )
  })

  it.each([
    'https://evil.example/v/1',
    'javascript:alert(1)',
    'https://www.youtube.com/',
    '',
    null,
  ])('leaves out an embed it does not recognise: %s', (url) => {
    expect(html([{ _type: 'embed', _key: 'e', url, caption: 'Caption' }])).toBe('')
  })

  it('escapes a hostile embed caption', () => {
    expect(
      html([
        { _type: 'embed', _key: 'e', url: 'https://vimeo.com/1', caption: '<script>x</script>' },
      ]),
    ).toContain('<br />&lt;script&gt;x&lt;/script&gt;</p>')
  })

  it('writes a divider as <hr />', () => {
    expect(html([{ _type: 'divider', _key: 'd', style: 'line' }])).toBe('<hr />')
  })

  it.each([
    ['strong', '<strong>x</strong>'],
    ['em', '<em>x</em>'],
    ['underline', '<u>x</u>'],
    ['strike-through', '<s>x</s>'],
    ['sub', '<sub>x</sub>'],
    ['sup', '<sup>x</sup>'],
    ['code', '<code>x</code>'],
  ])('writes the %s decorator as its element', (mark, element) => {
    expect(html([block('normal', [span('x', [mark])])])).toBe(`<p>${element}</p>`)
  })

  it('starts a numbered list where its first item says (listStart)', () => {
    const item = (text: string, extra: Record<string, unknown> = {}) =>
      block('normal', [span(text)], [], { listItem: 'number', level: 1, ...extra })
    expect(html([item('Eighth', { listStart: 8 }), item('Ninth')])).toBe(
      '<ol start="8"><li>Eighth</li><li>Ninth</li></ol>',
    )
    expect(html([item('One'), item('Two', { listStart: 8 })])).toBe(
      '<ol><li>One</li><li>Two</li></ol>',
    )
    expect(html([item('One', { listStart: '"><script>' })])).toBe('<ol><li>One</li></ol>')
  })
})
