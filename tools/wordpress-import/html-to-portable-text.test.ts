import { describe, expect, it } from 'vitest'
import { htmlToPortableText, type Block } from './html-to-portable-text.ts'

const options = {
  documentId: 'wp-post-1',
  baseUrl: 'https://nabado.co.ke',
  images: 'asset' as const,
}
const text = (block: Block) =>
  ((block.children ?? []) as Array<{ text: string }>).map((child) => child.text).join('')

describe('htmlToPortableText', () => {
  it('keeps headings, lists, quotes, links, bold and italic', () => {
    const { blocks } = htmlToPortableText(
      '<h2>Kichwa</h2><p>Habari <strong>nzuri</strong> <em>sana</em> <a href="https://example.com/a?b=1&amp;c=2">kiungo</a> 😊</p>' +
        '<ul><li>moja</li></ul><ol><li>mbili</li></ol><blockquote><p>Methali</p></blockquote>',
      options,
    )
    expect(blocks.map((block) => [block.style, block.listItem ?? null, text(block)])).toEqual([
      ['h2', null, 'Kichwa'],
      ['normal', null, 'Habari nzuri sana kiungo 😊'],
      ['normal', 'bullet', 'moja'],
      ['normal', 'number', 'mbili'],
      ['blockquote', null, 'Methali'],
    ])
    const paragraph = blocks[1]!
    const children = paragraph.children as Array<{ text: string; marks: string[] }>
    expect(children.find((child) => child.text === 'nzuri')?.marks).toEqual(['strong'])
    expect(children.find((child) => child.text === 'sana')?.marks).toEqual(['em'])
    const link = children.find((child) => child.text === 'kiungo')!
    expect(paragraph.markDefs).toEqual([
      { _key: link.marks[0], _type: 'link', href: 'https://example.com/a?b=1&c=2' },
    ])
  })

  it('maps headings the schema lacks onto h2 and h3', () => {
    const { blocks } = htmlToPortableText('<h1>One</h1><h4>Four</h4><h6>Six</h6>', options)
    expect(blocks.map((block) => block.style)).toEqual(['h2', 'h3', 'h3'])
  })

  it('makes images into image blocks Sanity downloads on import, with alt and caption', () => {
    const { blocks, images, warnings } = htmlToPortableText(
      '<figure class="wp-block-image"><a href="/wp-content/uploads/a.jpg"><img src="/wp-content/uploads/a-300x200.jpg" alt="Soko" srcset="x 1x"></a><figcaption>Market day</figcaption></figure>',
      { ...options, originals: new Set(['https://nabado.co.ke/wp-content/uploads/a.jpg']) },
    )
    expect(blocks).toEqual([
      {
        _type: 'inlineImage',
        _key: expect.any(String),
        _sanityAsset: 'image@https://nabado.co.ke/wp-content/uploads/a.jpg',
        alt: 'Soko',
        caption: 'Market day',
      },
    ])
    expect(images).toEqual(['https://nabado.co.ke/wp-content/uploads/a.jpg'])
    expect(warnings).toEqual([])
  })

  it('keeps images as links when offline', () => {
    const { blocks } = htmlToPortableText(
      '<p><img src="https://nabado.co.ke/wp-content/uploads/b.png" alt="Receipt"></p>',
      { ...options, images: 'link' },
    )
    expect(blocks).toHaveLength(1)
    expect(text(blocks[0]!)).toBe('Receipt')
    expect(blocks[0]!.markDefs).toEqual([
      expect.objectContaining({ href: 'https://nabado.co.ke/wp-content/uploads/b.png' }),
    ])
  })

  it('warns about an image without alt text', () => {
    const { warnings } = htmlToPortableText('<img src="https://x.co/c.jpg">', options)
    expect(warnings).toEqual([
      'image without alt text (https://x.co/c.jpg): describe it in the Studio',
    ])
  })

  it('keeps an embed it cannot show as a link, warns, and drops scripts and unsafe links', () => {
    const { blocks, warnings } = htmlToPortableText(
      '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://youtu.be/x</div></figure>' +
        '<script>alert(1)</script><p><a href="javascript:alert(1)">click</a></p>',
      options,
    )
    expect(blocks.map(text)).toEqual(['https://youtu.be/x', 'click'])
    expect(blocks[0]!.markDefs).toEqual([expect.objectContaining({ href: 'https://youtu.be/x' })])
    expect(blocks[1]!.markDefs).toEqual([])
    expect(warnings).toEqual([
      expect.stringMatching(
        /^embed https:\/\/youtu\.be\/x kept as a link: the site embeds posts from YouTube, X/,
      ),
    ])
  })

  it('gives the same keys every time for the same document', () => {
    const html = '<p>One</p><p>Two <a href="https://x.co">x</a></p>'
    expect(htmlToPortableText(html, options)).toEqual(htmlToPortableText(html, options))
    expect(htmlToPortableText(html, options).blocks[0]!._key).not.toBe(
      htmlToPortableText(html, { ...options, documentId: 'wp-post-2' }).blocks[0]!._key,
    )
  })
})
