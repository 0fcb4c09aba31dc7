import { PaginationNav } from '@/components/pagination-nav'
import { JsonLd } from '@/components/json-ld'
import { PostCard } from '@/components/post-card'
import { getPostArchive, getSiteSettings } from '@/lib/content'
import { pagePath } from '@/lib/pagination'
import { websiteJsonLd } from '@/lib/seo/json-ld'

export default async function HomePage() {
  const [archive, settings] = await Promise.all([getPostArchive(1), getSiteSettings()])
  // Page 1 always exists, even with no posts (getPostArchive is null only past the end).
  const { posts, pagination } = archive ?? { posts: [], pagination: null }
  const [newest, ...rest] = posts

  return (
    <>
      <JsonLd
        data={websiteJsonLd({ name: settings.siteName, description: settings.description })}
      />
      <h1 className="sr-only">
        {settings.siteName}: {settings.tagline ?? 'latest articles'}
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
