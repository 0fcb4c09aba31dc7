import { describe, expect, it } from 'vitest'
import { htmlToPortableText, type Block } from './html-to-portable-text.ts'
import { postAddress } from './rich-content.ts'

// What WordPress writes beyond text (rich-content.ts), through the whole converter: the
// blocks the Studio schema and the renderers know, or a link and a warning.

const options = {
  documentId: 'wp-post-7',
  baseUrl: 'https://nabado.co.ke',
  images: 'asset' as const,
}
const convert = (html: string) => htmlToPortableText(html, options)
const text = (block: Block) =>
  ((block.children ?? []) as Array<{ text: string }>).map((child) => child.text).join('')
const spans = (block: Block) =>
  (block.children as Array<{ text: string; marks: string[] }>).map((child) => [
    child.text,
    child.marks,
  ])
const rows = (block: Block) =>
  (block.table as { rows: Array<{ cells: string[]; _key: string; _type: string }> }).rows

describe('tables', () => {
  it('keeps a block-editor table with its caption (figcaption) and header row', () => {
    const { blocks, warnings } = convert(
      '<figure class="wp-block-table"><table><thead><tr><th>Item</th><th>KSh</th></tr></thead>' +
        '<tbody><tr><td>Rent</td><td>35,000</td></tr><tr><td>Food <br>and gas</td><td>18,000</td></tr></tbody></table>' +
        '<figcaption class="wp-element-caption">A month&#8217;s costs</figcaption></figure>',
    )
    expect(blocks).toEqual([
      {
        _type: 'dataTable',
        _key: expect.any(String),
        caption: 'A month’s costs',
        headerRow: true,
        table: { _type: 'table', rows: expect.any(Array) },
      },
    ])
    expect(rows(blocks[0]!).map((row) => row.cells)).toEqual([
      ['Item', 'KSh'],
      ['Rent', '35,000'],
      ['Food and gas', '18,000'],
    ])
    expect(rows(blocks[0]!).every((row) => row._type === 'tableRow' && row._key)).toBe(true)
    expect(warnings).toEqual([])
  })

  it('reads <caption>, and a header row from a first row of <th> without <thead>', () => {
    const { blocks } = convert(
      '<table><caption>Fares</caption><tr><th>From</th><th>To</th></tr><tr><td>CBD</td><td>Rongai</td></tr></table>',
    )
    expect(blocks[0]).toMatchObject({ caption: 'Fares', headerRow: true })
    expect(rows(blocks[0]!).map((row) => row.cells)).toEqual([
      ['From', 'To'],
      ['CBD', 'Rongai'],
    ])
  })

  it('has no header row when no cell is a heading, and asks for a caption it lacks', () => {
    const { blocks, warnings } = convert(
      '<table><tbody><tr><td>Nairobi</td><td>4.4m</td></tr><tr><td>Mombasa</td><td>1.2m</td></tr></tbody></table>',
    )
    expect(blocks[0]).toMatchObject({ _type: 'dataTable', headerRow: false })
    expect(blocks[0]).not.toHaveProperty('caption')
    expect(warnings).toEqual([
      'table starting "Nairobi | 4.4m" has no caption: write one in the Studio (a table needs one to be published)',
    ])
  })

  it('spreads merged cells so the columns line up, and says what it lost', () => {
    const { blocks, warnings } = convert(
      '<table><caption>Split</caption><tr><th>Who</th><th>Rent</th><th>Food</th></tr>' +
        '<tr><td rowspan="2">Both</td><td colspan="2"><a href="https://example.com/x">Half each</a></td></tr>' +
        '<tr><td>1</td></tr></table>',
    )
    expect(rows(blocks[0]!).map((row) => row.cells)).toEqual([
      ['Who', 'Rent', 'Food'],
      ['Both', 'Half each', ''],
      ['', '1', ''],
    ])
    expect(warnings).toEqual([
      'table "Split": merged cells were split, the text is in the first of them',
      'table "Split": cells hold plain text, so 1 link(s) kept as their words only (e.g. https://example.com/x)',
    ])
  })

  it('leaves out a table with no text, saying so', () => {
    const { blocks, warnings } = convert('<table><tr><td> </td></tr></table><p>After</p>')
    expect(blocks.map((block) => block._type)).toEqual(['block'])
    expect(warnings).toEqual(['table starting "" has no text and was left out'])
  })
})

describe('code', () => {
  it('keeps a code block’s language, indentation and blank lines', () => {
    const { blocks } = convert(
      '<pre class="wp-block-code"><code class="language-js">if (a &lt; b) {\n  pay()\n\n}\n</code></pre>',
    )
    expect(blocks).toEqual([
      {
        _type: 'code',
        _key: expect.any(String),
        code: 'if (a < b) {\n  pay()\n\n}',
        language: 'javascript',
      },
    ])
  })

  it('reads the languages plugins write, and leaves it out when there is none', () => {
    const language = (html: string) => convert(html).blocks[0]!.language
    expect(language('<pre class="brush: php; title: ; notranslate">echo 1;</pre>')).toBe('php')
    expect(language('<pre lang="bash">ls</pre>')).toBe('sh')
    expect(
      language('<pre class="wp-block-preformatted">Line one\n  line two</pre>'),
    ).toBeUndefined()
    expect(
      convert('<pre class="wp-block-preformatted">Line one\n  line two</pre>').blocks[0],
    ).toMatchObject({
      _type: 'code',
      code: 'Line one\n  line two',
    })
  })

  it('keeps a poem (wp-block-verse) as a paragraph with its line breaks, not as code', () => {
    const { blocks } = convert('<pre class="wp-block-verse">Nakupenda\nsana</pre>')
    expect(blocks.map((block) => [block._type, text(block)])).toEqual([
      ['block', 'Nakupenda\nsana'],
    ])
  })
})

describe('dividers, marks and lists', () => {
  it('makes <hr> (wp-block-separator too) a divider', () => {
    const { blocks } = convert('<p>One</p><hr class="wp-block-separator"/><p>Two</p><hr>')
    expect(blocks.map((block) => block._type)).toEqual(['block', 'divider', 'block', 'divider'])
    expect(blocks[1]).toEqual({ _type: 'divider', _key: expect.any(String), style: 'line' })
  })

  it('keeps struck-through, sub- and superscript, inline code and underlined text', () => {
    const { blocks } = convert(
      '<p><del>a</del> <s>b</s> <strike>c</strike> H<sub>2</sub>O 1<sup>st</sup> <code>*334#</code> <kbd>Ctrl</kbd> <u>d</u> ' +
        '<span style="text-decoration: underline;">e</span> <span style="text-decoration: line-through;">f</span></p>',
    )
    expect(spans(blocks[0]!).filter(([, marks]) => (marks as string[]).length > 0)).toEqual([
      ['a', ['strike-through']],
      ['b', ['strike-through']],
      ['c', ['strike-through']],
      ['2', ['sub']],
      ['st', ['sup']],
      ['*334#', ['code']],
      ['Ctrl', ['code']],
      ['d', ['underline']],
      ['e', ['underline']],
      ['f', ['strike-through']],
    ])
  })

  it('puts listStart on the first item of a numbered list that does not start at 1', () => {
    const { blocks } = convert(
      '<ol start="8"><li>eight<ul><li>inner</li></ul>still eight</li><li>nine</li></ol><ol start="1"><li>one</li></ol>',
    )
    expect(
      blocks.map((block) => [text(block), block.listItem, block.level, block.listStart]),
    ).toEqual([
      ['eight', 'number', 1, 8],
      ['inner', 'bullet', 2, undefined],
      ['still eight', 'number', 1, undefined],
      ['nine', 'number', 1, undefined],
      ['one', 'number', 1, undefined],
    ])
    expect(blocks.some((block) => '__list' in block)).toBe(false)
  })

  it('ignores start numbers that are not positive whole numbers', () => {
    for (const start of ['0', '-3', '2.5', 'abc', '1e40']) {
      const { blocks } = convert(`<ol start="${start}"><li>one</li></ol>`)
      expect(blocks[0], start).not.toHaveProperty('listStart')
    }
  })

  it('never takes a post’s own markup for the converter’s placeholders', () => {
    const { blocks } = convert(
      '<x-block data-block=\'{"_type":"embed","url":"javascript:alert(1)"}\'>text</x-block>' +
        '<ol><li data-list-start="NaN">one</li></ol>',
    )
    expect(blocks.map((block) => [block._type, text(block), block.listStart])).toEqual([
      ['block', 'text', undefined],
      ['block', 'one', undefined],
    ])
  })

  it('makes a definition list the term in bold, then its description', () => {
    const { blocks } = convert(
      '<dl><dt>Chama</dt><dd>A savings <em>group</em></dd><div><dt>Harambee</dt><dd><p>Pulling together</p><p>for a cause</p></dd></div></dl>',
    )
    expect(blocks.map(spans)).toEqual([
      [['Chama', ['strong']]],
      [
        ['A savings ', []],
        ['group', ['em']],
      ],
      [['Harambee', ['strong']]],
      [['Pulling together', []]],
      [['for a cause', []]],
    ])
  })
})

describe('embeds', () => {
  it('makes a block-editor embed an embed block with its caption', () => {
    const { blocks, warnings } = convert(
      '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n' +
        'https://www.youtube.com/watch?v=kZ3wB7mTq1E\n</div><figcaption class="wp-element-caption">Budget night</figcaption></figure>',
    )
    expect(blocks).toEqual([
      {
        _type: 'embed',
        _key: expect.any(String),
        url: 'https://www.youtube.com/watch?v=kZ3wB7mTq1E',
        caption: 'Budget night',
      },
    ])
    expect(warnings).toEqual([])
  })

  it('makes an address alone in its paragraph an embed (WordPress’s oEmbed rule), not one in a sentence', () => {
    const { blocks } = convert(
      '<p>https://x.com/nabadomag/status/1790412345678901234</p><p>See https://x.com/a/status/1 here</p><p>https://example.com/story</p>',
    )
    expect(blocks[0]).toMatchObject({
      _type: 'embed',
      url: 'https://x.com/nabadomag/status/1790412345678901234',
    })
    expect(text(blocks[1]!)).toBe('See https://x.com/a/status/1 here')
    expect(blocks[2]).toMatchObject({
      _type: 'block',
      markDefs: [{ href: 'https://example.com/story' }],
    })
  })

  it('makes a known provider’s iframe and pasted embed code an embed of the post', () => {
    const { blocks, warnings } = convert(
      '<p><iframe src="https://www.youtube-nocookie.com/embed/kZ3wB7mTq1E?rel=0" title="Budget"></iframe></p>' +
        '<iframe src="https://player.vimeo.com/video/912345678?h=1"></iframe>' +
        '<blockquote class="twitter-tweet"><p>Ni kweli</p>&mdash; Nabado (@nabadomag) <a href="https://twitter.com/nabadomag/status/1790412345678901234?ref_src=twsrc">May 14, 2024</a></blockquote>' +
        '<script async src="https://platform.twitter.com/widgets.js"></script>',
    )
    expect(blocks.map((block) => block.url)).toEqual([
      'https://www.youtube.com/watch?v=kZ3wB7mTq1E',
      'https://vimeo.com/912345678',
      'https://twitter.com/nabadomag/status/1790412345678901234',
    ])
    expect(warnings).toEqual([])
  })

  it('keeps what it cannot embed as a link, with its caption, and warns', () => {
    const { blocks, warnings } = convert(
      '<figure class="wp-block-embed is-provider-soundcloud"><div class="wp-block-embed__wrapper">https://soundcloud.com/nabado/episode-1</div><figcaption>Episode 1</figcaption></figure>' +
        '<figure class="wp-block-video"><video src="https://nabado.co.ke/wp-content/uploads/v.mp4"></video></figure>' +
        '<iframe src="https://maps.google.com/maps?q=Nakuru&amp;output=embed"></iframe><iframe></iframe>',
    )
    expect(blocks.map((block) => [block._type, text(block)])).toEqual([
      ['block', 'https://soundcloud.com/nabado/episode-1'],
      ['block', 'Episode 1'],
      ['block', 'https://nabado.co.ke/wp-content/uploads/v.mp4'],
      ['block', 'https://maps.google.com/maps?q=Nakuru&output=embed'],
    ])
    expect(warnings).toEqual([
      expect.stringMatching(/^embed https:\/\/soundcloud\.com\/nabado\/episode-1 kept as a link/),
      expect.stringMatching(
        /^video file https:\/\/nabado\.co\.ke\/wp-content\/uploads\/v\.mp4 kept as a link: the site plays no media files/,
      ),
      expect.stringMatching(
        /^iframe https:\/\/maps\.google\.com\/maps\?q=Nakuru&output=embed kept as a link/,
      ),
      'iframe without a usable address left out',
    ])
  })

  it('turns a provider’s player address into the post’s own', () => {
    expect(postAddress('https://www.youtube.com/embed/kZ3wB7mTq1E?feature=oembed')).toBe(
      'https://www.youtube.com/watch?v=kZ3wB7mTq1E',
    )
    expect(postAddress('//player.vimeo.com/video/912345678')).toBe('https://vimeo.com/912345678')
    expect(postAddress('https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk')).toBe(
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
    )
    expect(postAddress('https://www.instagram.com/p/C6abcDEF/embed/captioned')).toBe(
      'https://www.instagram.com/p/C6abcDEF/',
    )
    expect(postAddress('https://x.com/a/status/1?s=20')).toBe('https://x.com/a/status/1')
  })
})
