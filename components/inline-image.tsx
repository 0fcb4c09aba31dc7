import { resolveImage, type ImageField } from '@/lib/images/resolve.ts'
import { ARTICLE_IMAGE_SIZES } from '@/lib/images/sizes.ts'
import { ContentImage } from './content-image.tsx'

type Props = { value: ImageField & { caption?: string | null } }

/**
 * An image in an article body, with its caption. An image that cannot be shown (an imported
 * placeholder never uploaded, a missing asset) leaves no trace, caption included.
 */
export function InlineImage({ value }: Props) {
  if (!resolveImage(value)) return null
  const caption = value.caption?.trim()
  return (
    <figure>
      <ContentImage
        image={value}
        sizes={ARTICLE_IMAGE_SIZES}
        className="h-auto w-full rounded-md bg-card"
      />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
