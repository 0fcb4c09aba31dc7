import { getImageProps } from 'next/image'
import { IMAGE_QUALITY } from '@/lib/images/cdn-url.ts'
import { resolveImage, type ImageField } from '@/lib/images/resolve.ts'

type Props = {
  image: ImageField | null | undefined
  /** The width the image takes at each screen width, for the browser to pick a file. */
  sizes?: string
  /** Or a fixed width in CSS px (a thumbnail): the srcset offers 1x and 2x files. */
  fixedWidth?: number
  /** Width ÷ height of the box (cut around the hotspot); the image's own shape without. */
  aspect?: number
  /**
   * The page's largest image above the fold (the article's cover): eager and fetchpriority
   * high. React's server renderer then preloads it from <head> by itself (it does so for every
   * <img> that is not lazy), so every other image stays lazy: an eager one would be preloaded
   * too, even from a prefetched page's payload.
   */
  priority?: boolean
  className?: string
}

/**
 * A cover or inline image through next/image's getImageProps: width and height (no layout
 * shift), a srcset and sizes, lazy loading unless `priority`. A plain <img> rendered on the
 * server, so images add no client JavaScript. Renders nothing for an image that cannot be
 * shown (lib/images/resolve.ts).
 */
export function ContentImage(props: Props) {
  const { image, sizes, fixedWidth, aspect, priority, className } = props
  const resolved = resolveImage(image, { aspect })
  if (!resolved) return null
  const scale = fixedWidth ? fixedWidth / resolved.width : 1
  const { props: img } = getImageProps({
    src: resolved.src,
    width: Math.round(resolved.width * scale),
    height: Math.round(resolved.height * scale),
    alt: resolved.alt,
    sizes: fixedWidth ? undefined : sizes,
    quality: IMAGE_QUALITY,
    loader: resolved.loader,
    loading: priority ? 'eager' : 'lazy',
    ...(priority ? { fetchPriority: 'high' } : {}),
    className,
    // A fixed shape holds once the file arrives (width/height only set it until then): the
    // CDN cuts Sanity's images to it; bundled files are cut by object-fit around the hotspot.
    style: {
      ...(aspect ? { aspectRatio: String(aspect) } : {}),
      ...(resolved.objectPosition ? { objectPosition: resolved.objectPosition } : {}),
    },
  })
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own markup, server-rendered
  return <img {...img} alt={img.alt} />
}
