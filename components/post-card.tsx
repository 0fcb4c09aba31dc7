import type { PostCard as PostCardData } from '@/lib/content'
import {
  ARTICLE_COVER_ASPECT,
  FEATURED_IMAGE_SIZES,
  THUMBNAIL_ASPECT,
  THUMBNAIL_WIDTH,
} from '@/lib/images/sizes.ts'
import { postPath } from '@/lib/addresses/permalink.ts'
import { ContentImage } from './content-image.tsx'
import { PostDate } from './post-date.tsx'

type Props = {
  post: PostCardData
  headingLevel?: 'h2' | 'h3'
  showExcerpt?: boolean
  featured?: boolean
}

// The image follows the text in the markup (the title comes first for screen readers);
// CSS puts a featured cover on top on phones and to the left on wider screens.
const FEATURED = {
  article: 'flex flex-col-reverse gap-4 sm:flex-row-reverse sm:items-center sm:gap-8',
  image: {
    aspect: ARTICLE_COVER_ASPECT,
    sizes: FEATURED_IMAGE_SIZES,
    className: 'h-auto w-full rounded-md bg-card object-cover sm:w-1/2',
  },
}
// A listed post: a small thumbnail beside the text.
const LISTED = {
  article: 'flex items-start gap-4',
  image: {
    aspect: THUMBNAIL_ASPECT,
    fixedWidth: THUMBNAIL_WIDTH,
    className: 'h-auto w-20 shrink-0 rounded-md bg-card object-cover sm:w-24',
  },
}

export function PostCard({ post, headingLevel = 'h2', showExcerpt = true, featured }: Props) {
  const Heading = headingLevel
  const text = (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
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
        <a href={postPath(post)} className="text-ink hover:underline">
          {post.title}
        </a>
      </Heading>
      {showExcerpt && post.excerpt ? (
        <p className={`font-serif text-muted ${featured ? 'text-lg' : ''}`}>{post.excerpt}</p>
      ) : null}
    </div>
  )

  const layout = featured ? FEATURED : LISTED
  return (
    <article className={layout.article}>
      {text}
      <ContentImage image={post.coverImage} {...layout.image} />
    </article>
  )
}
