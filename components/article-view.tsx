import { AdjacentPosts } from '@/components/adjacent-posts.tsx'
import { ContentImage } from '@/components/content-image.tsx'
import { JsonLd } from '@/components/json-ld.tsx'
import { PortableTextBody } from '@/components/portable-text-body.tsx'
import { PostCard } from '@/components/post-card.tsx'
import { PostDate } from '@/components/post-date.tsx'
import { ShareLinks } from '@/components/share-links.tsx'
import { SupportCallout } from '@/components/support/support-callout.tsx'
import { TableOfContents } from '@/components/table-of-contents.tsx'
import { siteUrl } from '@/lib/env/public.ts'
import { headingAnchors } from '@/lib/article/heading-id.ts'
import { ARTICLE_COVER_ASPECT, ARTICLE_IMAGE_SIZES } from '@/lib/images/sizes.ts'
import type { ArticleProps } from '@/lib/view-props/article.ts'
import { postPath } from '@/lib/addresses/permalink.ts'
import { readingMinutes } from '@/lib/article/reading-time.ts'
import { articleStructuredData } from '@/lib/seo/article.ts'
import { authorPath, categoryPath } from '@/lib/seo/site.ts'

/**
 * An article: its header, cover, contents, body, sharing, suggested reads and neighbours.
 * `countsReads` marks the readers' page for the read beacon (lib/browser/enhance/read-beacon.ts);
 * the editors' preview twin leaves it out, so a preview is never counted as a read.
 */
export function ArticleView({
  post,
  related,
  seo,
  adjacent,
  siteName,
  appeal,
  countsReads = false,
}: ArticleProps & { countsReads?: boolean }) {
  const body = post.body ?? []
  const category = post.categories?.[0]

  return (
    <article className="mx-auto max-w-[65ch]" data-read={countsReads ? '' : undefined}>
      {seo
        ? articleStructuredData(seo, siteName).map((data) => (
            <JsonLd key={data['@type']} data={data} />
          ))
        : null}
      <header className="mb-8">
        <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
          {category?.slug ? (
            // A tap target of its own (at least 24 px high, WCAG 2.5.8), not a word in a line.
            <a
              href={categoryPath(category.slug)}
              className="inline-flex min-h-6 items-center font-semibold tracking-wide text-accent uppercase underline-offset-4 hover:underline"
            >
              {category.title}
            </a>
          ) : null}
          <PostDate iso={post.publishedAt} />
        </p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-5xl">
          {post.title}
        </h1>
        <p className="mt-4 text-sm text-muted">
          {post.author?.name ? (
            <>
              By{' '}
              {post.author.slug ? (
                <a
                  href={authorPath(post.author.slug)}
                  className="text-ink underline underline-offset-4"
                >
                  {post.author.name}
                </a>
              ) : (
                post.author.name
              )}{' '}
              ·{' '}
            </>
          ) : null}
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

      <SupportCallout appeal={appeal} />
    </article>
  )
}
