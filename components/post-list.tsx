import type { PostCard as PostCardData } from '@/lib/content'
import { PostCard } from './post-card.tsx'

type Props = { posts: PostCardData[]; headingLevel?: 'h2' | 'h3' }

/** Posts as a list of cards, two columns on wide screens. */
export function PostList({ posts, headingLevel = 'h2' }: Props) {
  return (
    <ul className="grid gap-8 sm:grid-cols-2">
      {posts.map((post) => (
        <li key={post._id}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
