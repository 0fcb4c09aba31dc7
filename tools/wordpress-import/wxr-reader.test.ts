import { describe, expect, it } from 'vitest'
import { readWxr, type WxrEvent } from './wxr-reader.ts'

async function read(xml: string, chunkSize = 7): Promise<WxrEvent[]> {
  async function* chunks() {
    for (let i = 0; i < xml.length; i += chunkSize) yield xml.slice(i, i + chunkSize)
  }
  const events: WxrEvent[] = []
  for await (const event of readWxr(chunks())) events.push(event)
  return events
}

const WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Nabado</title><wp:base_site_url>https://nabado.co.ke</wp:base_site_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[wanjiku]]></wp:author_login><wp:author_display_name><![CDATA[Wanjiku]]></wp:author_display_name></wp:author>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>love</wp:category_nicename><wp:cat_name><![CDATA[Love &amp; Money]]></wp:cat_name></wp:category>
<item><title>Karibu &amp; welcome 😊</title><content:encoded><![CDATA[<p>A ]]]]><![CDATA[> B</p>]]></content:encoded>
<wp:post_id>7</wp:post_id><category domain="category" nicename="love"><![CDATA[Love]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>
<wp:comment><wp:comment_content>Not read</wp:comment_content></wp:comment></item>
</channel></rss>`

describe('readWxr', () => {
  it('yields the channel, authors, terms and items, across any chunking', async () => {
    for (const size of [1, 7, 4096]) {
      const events = await read(WXR, size)
      expect(events.map((event) => event.kind)).toEqual(['author', 'term', 'channel', 'item'])
      const item = events.find((event) => event.kind === 'item')
      expect(item?.kind === 'item' && item.item).toEqual({
        fields: {
          title: 'Karibu & welcome 😊',
          'content:encoded': '<p>A ]]> B</p>',
          'wp:post_id': '7',
        },
        categories: [{ domain: 'category', nicename: 'love', name: 'Love' }],
        meta: [{ key: '_thumbnail_id', value: '9' }],
      })
    }
  })

  it('reads terms and authors', async () => {
    const events = await read(WXR)
    expect(events[0]).toEqual({
      kind: 'author',
      author: { id: '1', login: 'wanjiku', displayName: 'Wanjiku', firstName: '', lastName: '' },
    })
    expect(events[1]).toMatchObject({
      kind: 'term',
      term: { kind: 'category', id: '3', slug: 'love', name: 'Love &amp; Money' },
    })
  })

  it('refuses a file that is not WXR', async () => {
    await expect(read('<html><body>Hi</body></html>')).rejects.toThrow(/not a WordPress export/)
    await expect(read('<rss version="2.0"><channel/></rss>')).rejects.toThrow(
      /not a WordPress export/,
    )
    await expect(read('just text')).rejects.toThrow(/not a WordPress export/)
    await expect(read('')).rejects.toThrow(/not a WordPress export/)
  })

  it('refuses truncated XML', async () => {
    await expect(read(WXR.slice(0, WXR.length / 2))).rejects.toThrow(/cut short|not well-formed/)
  })
})
