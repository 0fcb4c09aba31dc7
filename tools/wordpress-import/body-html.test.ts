import { describe, expect, it } from 'vitest'
import { bodyHtml } from './body-html.ts'

describe('bodyHtml', () => {
  it('adds paragraphs to classic-editor content as wpautop does', () => {
    const result = bodyHtml(
      'First line\nstill first.\n\nSecond paragraph.\n<h2>Heading</h2>\nAfter',
    )
    expect(result.editor).toBe('classic')
    expect(result.html).toContain('<p>First line<br />\nstill first.</p>')
    expect(result.html).toContain('<p>Second paragraph.</p>')
    expect(result.html).toContain('<h2>Heading</h2>')
    expect(result.html).toContain('<p>After</p>')
  })

  it('keeps block-editor content as stored, without the block comments', () => {
    const result = bodyHtml(
      '<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two\nlines</p>\n<!-- /wp:paragraph -->',
    )
    expect(result.editor).toBe('block')
    expect(result.html).not.toContain('wp:paragraph')
    expect(result.html).not.toContain('<br')
    expect(result.html).toContain('<p>One</p>')
  })

  it('reports the shortcodes it removed', () => {
    expect(bodyHtml('Hello [gallery ids="1"] there').shortcodes).toEqual(['gallery'])
  })

  it('embeds an address alone on its line in a classic post, as WordPress does', () => {
    const { html } = bodyHtml(
      'Watch this:\nhttps://www.youtube.com/watch?v=kZ3wB7mTq1E\nand read https://x.com/a/status/1 too.\n\nhttps://example.com/story\n\n<pre>https://www.youtube.com/watch?v=kZ3wB7mTq1E</pre>',
    )
    expect(html.trim().split('\n')).toEqual([
      '<p>Watch this:</p>',
      '<figure class="wp-block-embed">',
      '<div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=kZ3wB7mTq1E</div>',
      '</figure>',
      '<p>and read https://x.com/a/status/1 too.</p>',
      '<p>https://example.com/story</p>',
      '<pre>https://www.youtube.com/watch?v=kZ3wB7mTq1E</pre>',
    ])
  })
})
