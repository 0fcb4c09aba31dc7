import type { PostCard } from '@/lib/content'
import { postPath } from '@/lib/addresses/permalink.ts'
import { PostDate } from './post-date.tsx'

/** Links to the previous (older) and next (newer) articles, by publish date. */
export function AdjacentPosts({
  older,
  newer,
}: {
  older: PostCard | null
  newer: PostCard | null
}) {
  if (!older && !newer) return null
  return (
    <nav aria-label="More articles" className="mt-12 border-t border-rule pt-8">
      <ul className="grid gap-4 sm:grid-cols-2">
        {older ? (
          <li>
            <a
              href={postPath(older)}
              rel="prev"
              className="block rounded-lg border border-rule p-4 text-ink no-underline hover:bg-card"
            >
              <span className="block font-sans text-sm text-muted">← Previous article</span>
              <span className="mt-1 block font-serif text-lg leading-snug font-bold">
                {older.title}
              </span>
              <PostDate iso={older.publishedAt} className="mt-1 block text-sm text-muted" />
            </a>
          </li>
        ) : null}
        {newer ? (
          <li className="sm:col-start-2">
            <a
              href={postPath(newer)}
              rel="next"
              className="block rounded-lg border border-rule p-4 text-ink no-underline hover:bg-card sm:text-right"
            >
              <span className="block font-sans text-sm text-muted">Next article →</span>
              <span className="mt-1 block font-serif text-lg leading-snug font-bold">
                {newer.title}
              </span>
              <PostDate iso={newer.publishedAt} className="mt-1 block text-sm text-muted" />
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
