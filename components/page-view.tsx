import { PortableTextBody } from '@/components/portable-text-body.tsx'
import { PostDate } from '@/components/post-date.tsx'
import { TableOfContents } from '@/components/table-of-contents.tsx'
import { headingAnchors } from '@/lib/article/heading-id.ts'
import type { PageProps } from '@/lib/view-props/page.ts'

/**
 * An editor's page (About, Privacy…): its title, the page it sits under (when it has a
 * parent), its body with the same blocks as an article's, and when it last changed.
 */
export function PageView({ page }: PageProps) {
  const parent = page.parent?.slug ? page.parent : null
  return (
    <article className="mx-auto max-w-[65ch]">
      <header className="mb-8">
        {parent ? (
          <p className="text-sm">
            <a
              href={`/${parent.slug}`}
              className="inline-flex min-h-6 items-center font-semibold tracking-wide text-accent uppercase underline-offset-4 hover:underline"
            >
              {parent.title || parent.slug}
            </a>
          </p>
        ) : null}
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-5xl">
          {page.title}
        </h1>
      </header>

      <TableOfContents headings={headingAnchors(page.body)} />

      <div className="article-body prose">
        <PortableTextBody value={page.body} />
      </div>

      {page._updatedAt && !Number.isNaN(Date.parse(page._updatedAt)) ? (
        <p className="mt-10 text-base text-muted">
          Last updated <PostDate iso={page._updatedAt} />.
        </p>
      ) : null}
    </article>
  )
}
