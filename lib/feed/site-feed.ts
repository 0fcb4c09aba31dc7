import '@/lib/server-only.ts'
import { getSiteSettings, listFeedPosts } from '@/lib/content'
import { siteUrl } from '@/lib/env/public.ts'
import { postPath } from '@/lib/addresses/permalink.ts'
import { latest } from '../seo/dates.ts'
import { buildRssFeed, RSS_CONTENT_TYPE } from './rss.ts'
import { portableTextToHtml } from './portable-text-html.ts'
import { absoluteUrl, FEED_PATH, SITE_LANGUAGE, SITE_TAGLINE } from '../seo/site.ts'

/** The site's RSS feed: the newest posts, each in full. */
export async function renderSiteFeed(): Promise<string> {
  const [posts, settings] = await Promise.all([listFeedPosts(), getSiteSettings()])
  const items = posts.map((post) => ({
    title: post.title,
    link: absoluteUrl(postPath(post)),
    publishedAt: post.publishedAt,
    author: post.author,
    categories: (post.categories ?? []).filter((title): title is string => Boolean(title)),
    description: post.excerpt,
    contentHtml: portableTextToHtml(post.body ?? [], { base: siteUrl }),
  }))
  return buildRssFeed(
    {
      title: settings.siteName,
      link: absoluteUrl('/'),
      feedUrl: absoluteUrl(FEED_PATH),
      description: settings.description || settings.tagline || SITE_TAGLINE,
      language: SITE_LANGUAGE,
      lastBuildDate: latest(settings._updatedAt, ...posts.map((post) => post._updatedAt)),
    },
    items,
  )
}

export async function feedResponse(): Promise<Response> {
  return new Response(await renderSiteFeed(), {
    headers: { 'Content-Type': RSS_CONTENT_TYPE },
  })
}
