import { rfc822 } from '../seo/dates.ts'
import { cdata, element, escapeXml } from '../seo/xml.ts'

// RSS 2.0 (https://www.rssboard.org/rss-specification), with the full article in
// content:encoded, the author in dc:creator and the feed's own address in atom:link, as
// WordPress wrote Nabado's feed, so existing subscribers keep reading.

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'

export type FeedChannel = {
  title: string
  /** The site's home page (absolute). */
  link: string
  /** Where this feed is served (absolute): atom:link rel="self". */
  feedUrl: string
  description: string
  language: string
  /** The newest change among the items; omitted for an empty feed. */
  lastBuildDate?: string | null
}

export type FeedItem = {
  title: string
  /** The article's permalink (absolute); also its guid. */
  link: string
  publishedAt: string
  author?: string | null
  categories?: string[]
  description?: string | null
  /** The full article as HTML. */
  contentHtml: string
}

function item(entry: FeedItem): string {
  return [
    '<item>',
    element('title', entry.title),
    element('link', entry.link),
    `<guid isPermaLink="true">${escapeXml(entry.link)}</guid>`,
    element('pubDate', rfc822(entry.publishedAt)),
    element('dc:creator', entry.author),
    ...(entry.categories ?? []).map((category) => element('category', category)),
    element('description', entry.description),
    `<content:encoded>${cdata(entry.contentHtml)}</content:encoded>`,
    '</item>',
  ].join('')
}

export function buildRssFeed(channel: FeedChannel, items: FeedItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"',
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    element('description', channel.description),
    element('language', channel.language),
    channel.lastBuildDate ? element('lastBuildDate', rfc822(channel.lastBuildDate)) : '',
    element('generator', 'Nabado (Next.js)'),
    ...items.map(item),
    '</channel>',
    '</rss>\n',
  ].join('')
}
