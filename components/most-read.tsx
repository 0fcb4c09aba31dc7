import type { PostCard } from '@/lib/content'
import { postPath } from '@/lib/addresses/permalink.ts'

/**
 * The home page's "Most read this week": the posts readers read most in the last seven days
 * (lib/reads/), most read first, as a numbered list of links. Nothing when nothing was read.
 */
export function MostRead({ posts }: { posts: PostCard[] }) {
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="most-read-heading" className="border-b border-rule py-8">
      <h2
        id="most-read-heading"
        className="mb-4 font-sans text-sm font-semibold tracking-wide text-muted uppercase"
      >
        Most read this week
      </h2>
      <ol className="grid list-decimal gap-3 pl-6 font-serif text-lg leading-snug marker:font-sans marker:text-muted">
        {posts.map((post) => (
          <li key={post._id}>
            {/* A tap target of its own height (WCAG 2.5.8), not only the words. */}
            <a
              href={postPath(post)}
              className="inline-block min-h-6 underline-offset-4 hover:underline"
            >
              {post.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  )
}
