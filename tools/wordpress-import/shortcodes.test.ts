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

  it('turns [embed] into embed markup, and [video] and [audio] into media elements', () => {
    const { html, dropped } = stripShortcodes(
      '[embed width="500"]https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk[/embed]\n' +
        '[video src="https://vimeo.com/912345678"]\n' +
        "[video mp4='https://nabado.co.ke/a.mp4' width=640][/video]\n" +
        '[audio mp3="https://nabado.co.ke/b.mp3"]',
    )
    expect(html.split('\n')).toEqual([
      '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk</div></figure>',
      '<figure class="wp-block-video"><video src="https://vimeo.com/912345678"></video></figure>',
      '<figure class="wp-block-video"><video src="https://nabado.co.ke/a.mp4"></video></figure>',
      '<figure class="wp-block-audio"><audio src="https://nabado.co.ke/b.mp3"></audio></figure>',
    ])
    expect(dropped).toEqual([])
  })

  it('does not let one [video] swallow the text up to another’s closing tag', () => {
    const { html } = stripShortcodes('[video src="a.mp4"] between [video]b.mp4[/video]')
    expect(html).toBe(
      '<figure class="wp-block-video"><video src="a.mp4"></video></figure> between <figure class="wp-block-video"><video src="b.mp4"></video></figure>',
    )
  })
})
