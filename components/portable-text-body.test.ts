import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PortableTextBody } from './portable-text-body.tsx'

/** One paragraph whose single span carries a link annotation to `href`. */
function linkBlock(href: string, text = 'click me') {
  return {
    _type: 'block',
    _key: 'b1',
    style: 'normal',
    markDefs: [{ _type: 'link', _key: 'l1', href }],
    children: [{ _type: 'span', _key: 's1', text, marks: ['l1'] }],
  }
}

function render(value: object[]): string {
  return renderToStaticMarkup(createElement(PortableTextBody, { value: value as never }))
}

describe('PortableTextBody renders hostile content inert', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
  ])('renders no link for %s', (href) => {
    const html = render([linkBlock(href)])
    expect(html).not.toContain('<a')
    expect(html).not.toMatch(/href=/i)
    expect(html).toContain('click me')
  })

  it('keeps safe links', () => {
    expect(render([linkBlock('https://example.com/')])).toContain(
      '<a href="https://example.com/" rel="noopener noreferrer">',
    )
    expect(render([linkBlock('/support')])).toContain('<a href="/support">')
  })

  it('escapes HTML inside text', () => {
    const html = render([
      {
        _type: 'block',
        _key: 'b2',
        style: 'normal',
        markDefs: [],
        children: [
          {
            _type: 'span',
            _key: 's2',
            text: '<script>alert(1)</script> "><img src=x onerror=alert(1)>',
            marks: [],
          },
        ],
      },
    ])
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('escapes HTML in a heading and keeps its id safe', () => {
    const html = render([
      {
        _type: 'block',
        _key: 'b3',
        style: 'h2',
        markDefs: [],
        children: [{ _type: 'span', _key: 's3', text: '"><script>alert(1)</script>', marks: [] }],
      },
    ])
    expect(html).not.toContain('<script>')
    expect(html).toMatch(/^<h2 id="[^"<>]*">/)
  })
})

describe('PortableTextBody marks and plain blocks', () => {
  const marked = (text: string, marks: string[]) => ({
    _type: 'block',
    _key: 'm1',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 'ms', text, marks }],
  })

  it.each([
    ['strong', '<strong>x</strong>'],
    ['em', '<em>x</em>'],
    ['underline', '<u>x</u>'],
    ['strike-through', '<s>x</s>'],
    ['sub', '<sub>x</sub>'],
    ['sup', '<sup>x</sup>'],
    ['code', '<code>x</code>'],
  ])('renders the %s decorator as its element', (mark, element) => {
    expect(render([marked('x', [mark])])).toBe(`<p>${element}</p>`)
  })

  it('nests decorators and escapes the text inside them', () => {
    const html = render([marked('<b>H2O</b>', ['strike-through', 'code'])])
    expect(html).toMatch(
      /^<p><(s|code)><(s|code)>&lt;b&gt;H2O&lt;\/b&gt;<\/(s|code)><\/(s|code)><\/p>$/,
    )
  })

  it('renders a divider as <hr>', () => {
    expect(render([{ _type: 'divider', _key: 'd1', style: 'line' }])).toBe('<hr/>')
  })

  it('renders nothing for a block type it does not know', () => {
    expect(render([{ _type: 'somethingNew', _key: 'n1', html: '<script>x</script>' }])).toBe('')
  })
})
