import { PostCard } from '@/components/post-card'
import { getSiteSettings, listPosts } from '@/lib/content'

export default async function HomePage() {
  const [posts, settings] = await Promise.all([
    listPosts({ page: 1, perPage: 20 }),
    getSiteSettings(),
  ])
  const [newest, ...rest] = posts

  return (
    <>
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
    </>
  )
}
