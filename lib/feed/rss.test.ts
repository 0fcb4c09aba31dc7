import { parseFeed } from '@rowanmanning/feed-parser'
import { describe, expect, it } from 'vitest'
import { buildRssFeed, RSS_CONTENT_TYPE } from './rss.ts'

const channel = {
  title: 'Nabado',
  link: 'https://nabado.co.ke/',
  feedUrl: 'https://nabado.co.ke/feed.xml',
  description: 'Relationships & society in Kenya.',
  language: 'en-KE',
  lastBuildDate: '2026-02-28T06:00:00.000Z',
}

const item = {
  title: 'Love, Money & Expectations',
  link: 'https://nabado.co.ke/2026/01/22/love-money',
  publishedAt: '2026-01-22T05:15:00.000Z',
  author: 'Nabado Editors',
  categories: ['Money & Love', 'Relationships'],
  description: '“Be strong” <is> advice.',
  contentHtml: '<h2 id="one">One</h2><p>Text with ]]> inside.</p>',
}

describe('buildRssFeed', () => {
  const xml = buildRssFeed(channel, [item])

  it('is RSS 2.0 with the content, Dublin Core and Atom namespaces', () => {
    expect(RSS_CONTENT_TYPE).toBe('application/rss+xml; charset=utf-8')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"')
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"')
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
  })

  it('names its own address in atom:link rel="self"', () => {
    expect(xml).toContain(
      '<atom:link href="https://nabado.co.ke/feed.xml" rel="self" type="application/rss+xml"/>',
    )
  })

  it('dates items in RFC 822 and escapes their text', () => {
    expect(xml).toContain('<pubDate>Thu, 22 Jan 2026 05:15:00 GMT</pubDate>')
    expect(xml).toContain('<lastBuildDate>Sat, 28 Feb 2026 06:00:00 GMT</lastBuildDate>')
    expect(xml).toContain('<title>Love, Money &amp; Expectations</title>')
    expect(xml).toContain('<description>“Be strong” &lt;is&gt; advice.</description>')
    expect(xml).toContain('<category>Money &amp; Love</category>')
    expect(xml).toContain('<dc:creator>Nabado Editors</dc:creator>')
    expect(xml).toContain(
      '<guid isPermaLink="true">https://nabado.co.ke/2026/01/22/love-money</guid>',
    )
  })

  it('carries the full article in content:encoded, "]]>" and all', () => {
    expect(xml).toContain(
      '<content:encoded><![CDATA[<h2 id="one">One</h2><p>Text with ]]]]><![CDATA[> inside.</p>]]></content:encoded>',
    )
  })

  it('is a valid empty feed without posts', () => {
    const empty = buildRssFeed({ ...channel, lastBuildDate: null }, [])
    expect(empty).not.toContain('<item>')
    expect(empty).not.toContain('lastBuildDate')
    expect(empty).toContain('</channel>')
  })

  it('reads back through a feed parser', () => {
    const feed = parseFeed(xml)
    expect(feed.meta).toEqual({ type: 'rss', version: '2.0' })
    expect(feed.self).toBe(channel.feedUrl)
    expect(feed.language).toBe('en-KE')
    expect(feed.items).toHaveLength(1)
    const [parsed] = feed.items
    expect(parsed?.title).toBe(item.title)
    expect(parsed?.url).toBe(item.link)
    expect(parsed?.published?.toISOString()).toBe(item.publishedAt)
    expect(parsed?.authors.map((author) => author.name)).toEqual(['Nabado Editors'])
    expect(parsed?.categories.map((category) => category.term)).toEqual(item.categories)
    expect(parsed?.content).toBe(item.contentHtml)
  })
})
