import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { TypedObject } from '@portabletext/types'
import { headingAnchors, headingId } from '@/lib/heading-id.ts'
import { isExternalHref, safeHref } from '@/lib/safe-url.ts'
import { InlineImage } from './inline-image.tsx'

/**
 * The one component map for article bodies: every mark and annotation is rendered here.
 * Heading anchors come from `headingAnchors` (unique per body, shared with the table of
 * contents), looked up by the block's `_key`.
 */
const components = (ids: ReadonlyMap<string, string>): PortableTextComponents => ({
  block: {
    h2: ({ children, value }) => (
      <h2 id={ids.get(value._key ?? '') ?? headingId('')}>{children}</h2>
    ),
    h3: ({ children, value }) => (
      <h3 id={ids.get(value._key ?? '') ?? headingId('')}>{children}</h3>
    ),
  },
  types: {
    inlineImage: InlineImage,
  },
  marks: {
    link: ({ children, value }) => {
      const href = safeHref(value?.href)
      if (!href) return <>{children}</>
      return isExternalHref(href) ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      )
    },
  },
})

export function PortableTextBody({ value }: { value: TypedObject[] }) {
  const ids = new Map(headingAnchors(value).map((anchor) => [anchor.key, anchor.id]))
  return <PortableText value={value} components={components(ids)} />
}
