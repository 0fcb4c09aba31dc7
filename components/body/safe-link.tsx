import type { PortableTextMarkComponentProps } from '@portabletext/react'
import { isExternalHref, safeHref } from '@/lib/text/safe-url.ts'

type Link = { _type: 'link'; href?: unknown }

/** A link in a body: only http(s), mailto, tel and site paths; other text stays plain. */
export function SafeLink({ children, value }: PortableTextMarkComponentProps<Link>) {
  const href = safeHref(value?.href)
  if (!href) return <>{children}</>
  return isExternalHref(href) ? (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  )
}
