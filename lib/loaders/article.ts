import '@/lib/server-only.ts'
import { getAdjacentPosts, getPostPage, getPostSeo, getSiteSettings } from '@/lib/content'
import {
  parsePermalink,
  pathFromParams,
  postPath,
  type PermalinkParams,
} from '@/lib/addresses/permalink.ts'
import { articlePageMetadata } from '@/lib/seo/article.ts'
import { notFound, page, type Loaded } from './result.ts'
import type { ArticleProps } from '@/lib/view-props/article.ts'

/**
 * An article at /YYYY/MM/DD/slug. Impossible dates and malformed slugs are refused before any
 * read. Only the article's own date is its address: a real slug under a wrong date is a 404,
 * like any other address that is not an article (docs/architecture.md, "Pages").
 */
export async function loadArticle(params: PermalinkParams): Promise<Loaded<ArticleProps>> {
  const requested = parsePermalink(params)
  if (!requested) return notFound
  const found = await getPostPage(requested.slug)
  if (!found) return notFound
  if (pathFromParams(requested) !== postPath(found.post)) return notFound
  const { post, related } = found
  const [{ support, siteName }, seo, adjacent] = await Promise.all([
    getSiteSettings(),
    getPostSeo(post.slug),
    getAdjacentPosts(post),
  ])
  if (!seo) return notFound
  return page(
    { post, related, seo, adjacent, siteName, appeal: support?.appeal ?? null },
    // Canonical, Open Graph article and X card, with the cover or the generated share image.
    articlePageMetadata(seo),
  )
}

/** How many of the newest articles are rendered at build time (pages/ and the OG images). */
export const PRERENDERED_POSTS = 50
