import { JsonLd } from '@/components/json-ld.tsx'
import { MostRead } from '@/components/most-read.tsx'
import { PaginationNav } from '@/components/pagination-nav.tsx'
import { PostCard } from '@/components/post-card.tsx'
import type { HomeProps } from '@/lib/view-props/home.ts'
import { pagePath } from '@/lib/addresses/pagination.ts'
import { websiteJsonLd } from '@/lib/seo/json-ld.ts'

/** The home page: the newest article given room at the top, then a clean list. */
export function HomeView({ archive, siteName, tagline, description, mostRead }: HomeProps) {
  const { posts, pagination } = archive ?? { posts: [], pagination: null }
  const [newest, ...rest] = posts

  return (
    <>
      <JsonLd data={websiteJsonLd({ name: siteName, description: description })} />
      <h1 className="sr-only">
        {siteName}: {tagline ?? 'latest articles'}
      </h1>
      {newest ? (
        <section aria-labelledby="newest-heading" className="border-b border-rule pb-8">
          <h2 id="newest-heading" className="sr-only">
            Newest article
          </h2>
          <PostCard post={newest} headingLevel="h3" featured />
        </section>
      ) : (
        <p>No articles yet.</p>
      )}
      <MostRead posts={mostRead ?? []} />
      {rest.length > 0 ? (
        <section aria-labelledby="latest-heading" className="pt-8">
          <h2
            id="latest-heading"
            className="mb-6 font-sans text-sm font-semibold tracking-wide text-muted uppercase"
          >
            More from Nabado
          </h2>
          <ul className="grid gap-8 sm:grid-cols-2">
            {rest.map((post) => (
              <li key={post._id}>
                <PostCard post={post} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {pagination ? (
        <PaginationNav pagination={pagination} hrefFor={(page) => pagePath('/', page)} />
      ) : null}
    </>
  )
}
