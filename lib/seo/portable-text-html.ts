import { escapeHTML, toHTML, type PortableTextComponents } from '@portabletext/to-html'
import type { PortableTextBlock, TypedObject } from '@portabletext/types'
import { headingAnchors, headingId } from '@/lib/heading-id.ts'
import { isExternalHref, safeHref } from '@/lib/safe-url.ts'
import { sanityImageUrl, type SanityImageField } from './sanity-image.ts'
import { absoluteUrl } from './site.ts'

function plainText(block: PortableTextBlock): string {
  return (block.children ?? [])
    .map((child) => ('text' in child && typeof child.text === 'string' ? child.text : ''))
    .join('')
}

const attr = (value: string) => escapeHTML(value)

type InlineImage = SanityImageField & { _type: 'inlineImage'; caption?: string | null }

/**
 * The feed's component map, the HTML twin of components/portable-text-body.tsx: the same
 * heading anchors, and links only when they are http(s), mailto or tel (lib/safe-url.ts).
 * A feed is read away from the site, so site-relative links are made absolute.
 */
function components(base: string, ids: ReadonlyMap<string, string>): PortableTextComponents {
  // The same unique anchors as the page (lib/heading-id.ts headingAnchors), by block _key.
  const heading =
    (tag: 'h2' | 'h3') =>
    ({ children, value }: { children?: string; value: PortableTextBlock }) =>
      `<${tag} id="${attr(ids.get(value._key ?? '') ?? headingId(plainText(value)))}">${children ?? ''}</${tag}>`
  return {
    block: { h2: heading('h2'), h3: heading('h3') },
    marks: {
      link: ({ children, value }) => {
        const href = safeHref(value?.href)
        if (!href) return children
        const absolute = href.startsWith('/') ? absoluteUrl(href, base) : href
        const rel = isExternalHref(href) ? ' rel="noopener noreferrer"' : ''
        return `<a href="${attr(absolute)}"${rel}>${children}</a>`
      },
    },
    types: {
      inlineImage: ({ value }: { value: InlineImage }) => {
        const src = sanityImageUrl(value, { width: 1200 })
        if (!src) return ''
        const caption = value.caption ? `<figcaption>${escapeHTML(value.caption)}</figcaption>` : ''
        return `<figure><img src="${attr(src)}" alt="${attr(value.alt ?? '')}" />${caption}</figure>`
      },
    },
    // Anything the site does not know how to show is left out rather than guessed at.
    unknownType: () => '',
  }
}

/** An article body as HTML, for RSS readers (content:encoded). */
export function portableTextToHtml(value: TypedObject[], { base }: { base: string }): string {
  const ids = new Map(headingAnchors(value).map((anchor) => [anchor.key, anchor.id]))
  return toHTML(value, { components: components(base, ids), onMissingComponent: false })
}
