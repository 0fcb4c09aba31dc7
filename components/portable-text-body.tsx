import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { PortableTextBlock, TypedObject } from '@portabletext/types'
import { headingId } from '@/lib/heading-id'
import { isExternalHref, safeHref } from '@/lib/safe-url'

function plainText(value: PortableTextBlock): string {
  return (value.children ?? [])
    .map((child) => ('text' in child && typeof child.text === 'string' ? child.text : ''))
    .join('')
}

/** The one component map for article bodies: every mark and annotation is rendered here. */
const components: PortableTextComponents = {
  block: {
    h2: ({ children, value }) => <h2 id={headingId(plainText(value))}>{children}</h2>,
    h3: ({ children, value }) => <h3 id={headingId(plainText(value))}>{children}</h3>,
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
}

export function PortableTextBody({ value }: { value: TypedObject[] }) {
  return <PortableText value={value} components={components} />
}
