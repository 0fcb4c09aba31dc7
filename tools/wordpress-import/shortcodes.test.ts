import { describe, expect, it } from 'vitest'
import { stripShortcodes } from './shortcodes.ts'

describe('stripShortcodes', () => {
  it('drops shortcodes, keeps what enclosing ones wrap, and names them', () => {
    const { html, dropped } = stripShortcodes(
      'A [gallery ids="1,2"] B [su_box title="Note"]kept text[/su_box] C [contact-form-7 id="5"]',
    )
    expect(html).toBe('A  B kept text C ')
    expect(dropped).toEqual(['gallery', 'su_box', 'contact-form-7'])
  })

  it('leaves bracketed words that are not shortcodes', () => {
    expect(stripShortcodes('He said [sic] and cited [1].')).toEqual({
      html: 'He said [sic] and cited [1].',
      dropped: [],
    })
  })

  it('turns [caption] into a figure with its caption, and keeps the image', () => {
    const { html, dropped } = stripShortcodes(
      '[caption id="attachment_5" width="300"]<a href="x.jpg"><img src="x-300x200.jpg" alt="A"></a> Mama Amina[/caption]',
    )
    expect(html).toBe(
      '<figure><a href="x.jpg"><img src="x-300x200.jpg" alt="A"></a><figcaption>Mama Amina</figcaption></figure>',
    )
    expect(dropped).toEqual([])
  })

  it('writes [[escaped]] shortcodes as the literal text', () => {
    expect(stripShortcodes('Type [[gallery]] to show a gallery.').html).toBe(
      'Type [gallery] to show a gallery.',
    )
  })
})
