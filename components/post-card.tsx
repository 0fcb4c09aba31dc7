import Link from 'next/link'
import type { PostCard as PostCardData } from '@/lib/content'
import { postPath } from '@/lib/permalink'
import { PostDate } from './post-date'

type Props = {
  post: PostCardData
  headingLevel?: 'h2' | 'h3'
  showExcerpt?: boolean
  featured?: boolean
}

export function PostCard({ post, headingLevel = 'h2', showExcerpt = true, featured }: Props) {
  const Heading = headingLevel
  return (
    <article className="flex flex-col gap-1">
      <p className="flex flex-wrap gap-x-2 text-sm text-muted">
        {post.category ? (
          <span className="font-semibold tracking-wide text-accent uppercase">
            {post.category.title}
          </span>
        ) : null}
        <PostDate iso={post.publishedAt} />
      </p>
      <Heading
        className={`font-serif leading-snug font-bold ${featured ? 'text-3xl sm:text-4xl' : 'text-xl'}`}
      >
        <Link href={postPath(post)} className="text-ink hover:underline">
          {post.title}
        </Link>
      </Heading>
      {showExcerpt && post.excerpt ? (
        <p className={`font-serif text-muted ${featured ? 'text-lg' : ''}`}>{post.excerpt}</p>
      ) : null}
    </article>
  )
}
