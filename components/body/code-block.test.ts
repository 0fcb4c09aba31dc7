import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PortableTextBody } from '../portable-text-body.tsx'

const render = (value: object[]) =>
  renderToStaticMarkup(createElement(PortableTextBody, { value: value as never }))

const code = (fields: Record<string, unknown>) => ({ _type: 'code', _key: 'c1', ...fields })

describe('CodeBlock in a body', () => {
  it('keeps whitespace in a focusable <pre><code>, labelled once for screen readers', () => {
    const source = 'function greet(name) {\n\treturn `Habari, ${name}`\n}\n\n  // two spaces'
    const html = render([code({ code: source, language: 'javascript', filename: 'greet.js' })])
    expect(html).toBe(
      '<div class="body-code">' +
        '<p class="body-code-label" aria-hidden="true">JavaScript · greet.js</p>' +
        '<pre tabindex="0" role="group" aria-label="Code: JavaScript · greet.js">' +
        `<code class="language-javascript">${source}</code></pre></div>`,
    )
  })

  it('has no visible label without a language or file name, and is still named', () => {
    const html = render([code({ code: 'ls -la' })])
    expect(html).not.toContain('body-code-label')
    expect(html).toContain(
      '<pre tabindex="0" role="group" aria-label="Code"><code>ls -la</code></pre>',
    )
  })

  it('escapes hostile code, language and file name', () => {
    const html = render([
      code({
        code: '</code></pre><script>alert(1)</script>',
        language: '"><img src=x onerror=alert(1)>',
        filename: '<b>x</b>.js',
      }),
    ])
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    // An unusual language is shown as text, never put into the class attribute.
    expect(html).toContain('<code>&lt;/code&gt;')
  })

  it('renders nothing for an empty code block', () => {
    expect(render([code({ code: ' \n ' })])).toBe('')
  })
})
