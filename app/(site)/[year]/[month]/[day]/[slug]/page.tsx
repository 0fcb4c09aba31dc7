import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AdjacentPosts } from '@/components/adjacent-posts'
import { ContentImage } from '@/components/content-image'
import { JsonLd } from '@/components/json-ld'
import { PortableTextBody } from '@/components/portable-text-body'
import { PostCard } from '@/components/post-card'
import { PostDate } from '@/components/post-date'
import { ShareLinks } from '@/components/share-links'
import { SupportCallout } from '@/components/support-callout'
import { TableOfContents } from '@/components/table-of-contents'
import {
  getAdjacentPosts,
  getPostPage,
  getPostSeo,
  getSiteSettings,
  listPostPaths,
} from '@/lib/content'
import { siteUrl } from '@/lib/env/public'
import { headingAnchors } from '@/lib/heading-id'
import { ARTICLE_COVER_ASPECT, ARTICLE_IMAGE_SIZES } from '@/lib/images/sizes'
import {
  parsePermalink,
  pathFromParams,
  permalinkParams,
  postPath,
  type PermalinkParams,
} from '@/lib/permalink'
import { readingMinutes } from '@/lib/reading-time'
import { articlePageMetadata, articleStructuredData } from '@/lib/seo/article'

type Props = { params: Promise<PermalinkParams> }

/**
 * Only the newest articles are prerendered, so a build takes about as long at 10,000 posts as
 * at 50 (docs/performance.md); every other article renders on its first request and is then
 * cached like a prerendered one. The share image (opengraph-image.tsx) prerenders the same 50.
 */
const PRERENDERED_POSTS = 50

export async function generateStaticParams() {
  return (await listPostPaths(PRERENDERED_POSTS)).map(permalinkParams)
}

async function loadPage(params: Props['params']) {
  const requested = parsePermalink(await params)
  if (!requested) notFound()
  const page = await getPostPage(requested.slug)
  if (!page) notFound()
  // Only the article's own date is its address. A redirect from here would be the natural
  // answer to a wrong date, but Next.js 16.4 sends a cached page's redirect with two Location
  // headers (vercel/next.js#82117), which search engines treat as broken; so a wrong date is
  // a 404, like any other address that is not an article.
  if (pathFromParams(requested) !== postPath(page.post)) notFound()
  return page
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPage(params)
  const seo = await getPostSeo(page.post.slug)
  if (!seo) notFound()
  // Canonical, Open Graph article and X card, with the cover or the generated share image.
  return articlePageMetadata(seo)
}

export default async function ArticlePage({ params }: Props) {
  const { post, related } = await loadPage(params)

  const [{ support, siteName }, seo, adjacent] = await Promise.all([
    getSiteSettings(),
    getPostSeo(post.slug),
    getAdjacentPosts(post),
  ])
  const body = post.body ?? []
  const category = post.categories?.[0]

  return (
    <article className="mx-auto max-w-[65ch]">
      {seo
        ? articleStructuredData(seo, siteName).map((data) => (
            <JsonLd key={data['@type']} data={data} />
          ))
        : null}
      <header className="mb-8">
        <p className="flex flex-wrap gap-x-3 text-sm text-muted">
          {category ? (
            <span className="font-semibold tracking-wide text-accent uppercase">
              {category.title}
            </span>
          ) : null}
          <PostDate iso={post.publishedAt} />
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-5xl">
          {post.title}
        </h1>
        <p className="mt-4 text-sm text-muted">
          {post.author ? <>By {post.author.name} · </> : null}
          {readingMinutes(body)} min read
        </p>
      </header>

      {/* The cover is the page's largest paint on phones: fetched first, never lazily. */}
      <ContentImage
        image={post.coverImage}
        aspect={ARTICLE_COVER_ASPECT}
        sizes={ARTICLE_IMAGE_SIZES}
        priority
        className="mb-8 h-auto w-full rounded-md bg-card object-cover"
      />

      <TableOfContents headings={headingAnchors(body)} />

      <div className="article-body prose">
        <PortableTextBody value={body} />
      </div>

      <ShareLinks url={`${siteUrl}${postPath(post)}`} title={post.title} />

      {related.length > 0 ? (
        <section aria-labelledby="suggested-reads" className="mt-12 border-t border-rule pt-8">
          <h2 id="suggested-reads" className="mb-6 font-serif text-2xl font-bold">
            Suggested reads
          </h2>
          <ul className="grid gap-6">
            {related.map((read) => (
              <li key={read._id}>
                <PostCard post={read} headingLevel="h3" showExcerpt={false} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <AdjacentPosts older={adjacent.older} newer={adjacent.newer} />

      <SupportCallout appeal={support?.appeal ?? null} />
    </article>
  )
}
