import { escapeHTML, toHTML, type PortableTextComponents } from '@portabletext/to-html'
import type { PortableTextBlock, TypedObject } from '@portabletext/types'
import {
  codeContent,
  embedCardContent,
  listStart,
  tableContent,
} from '@/lib/article/body-blocks.ts'
import { headingAnchors, headingId } from '@/lib/article/heading-id.ts'
import { isExternalHref, safeHref } from '@/lib/text/safe-url.ts'
import { sanityImageUrl, type SanityImageField } from '../seo/sanity-image.ts'
import { absoluteUrl } from '../seo/site.ts'

function plainText(block: PortableTextBlock): string {
  return (block.children ?? [])
    .map((child) => ('text' in child && typeof child.text === 'string' ? child.text : ''))
    .join('')
}

const CHARACTER_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}
/**
 * Escapes the five HTML-significant characters and nothing else. For attributes and code:
 * to-html's `escapeHTML` also turns runs of spaces into &nbsp;, which code must not get
 * (copied from a feed reader, it would no longer run).
 */
const escapeChars = (value: string) =>
  value.replace(/[&<>"']/g, (character) => CHARACTER_REFERENCES[character]!)
const attr = escapeChars

type InlineImage = SanityImageField & { _type: 'inlineImage'; caption?: string | null }

/** What a type's component gets: the block, and whether it sits inside a line of text. */
type Block<Value> = { value: Value; isInline: boolean }

const th = (cell: string) => `<th scope="col">${escapeHTML(cell)}</th>`
const td = (cell: string) => `<td>${escapeHTML(cell)}</td>`
const cells = (row: string[], cell: (text: string) => string) =>
  `<tr>${row.map(cell).join('')}</tr>`

/** A table as a table: caption, column headings (th scope="col") and the body rows. */
function dataTable({ value, isInline }: Block<Parameters<typeof tableContent>[0]>) {
  const content = isInline ? null : tableContent(value)
  if (!content) return ''
  const caption = content.caption ? `<caption>${escapeHTML(content.caption)}</caption>` : ''
  const head = content.head ? `<thead>${cells(content.head, th)}</thead>` : ''
  const body = content.body.length
    ? `<tbody>${content.body.map((row) => cells(row, td)).join('')}</tbody>`
    : ''
  return `<table>${caption}${head}${body}</table>`
}

/** Code as <pre><code>, its language and file name in a line above it, as on the page. */
function codeBlock({ value, isInline }: Block<Parameters<typeof codeContent>[0]>) {
  const content = isInline ? null : codeContent(value)
  if (!content) return ''
  const label = content.label ? `<p><small>${escapeHTML(content.label)}</small></p>` : ''
  const language = content.languageId ? ` class="language-${content.languageId}"` : ''
  return `${label}<pre><code${language}>${escapeChars(content.code)}</code></pre>`
}

/** An embed as a paragraph: a link naming the provider and the address, then the caption. */
function embed({ value, isInline }: Block<Parameters<typeof embedCardContent>[0]>) {
  const card = isInline ? null : embedCardContent(value)
  if (!card) return ''
  const text = escapeHTML(`${card.provider.name}: ${card.address}`)
  const caption = card.caption ? `<br />${escapeHTML(card.caption)}` : ''
  return `<p><a href="${attr(card.url)}" rel="noopener noreferrer">${text}</a>${caption}</p>`
}

/**
 * The feed's component map, the HTML twin of components/portable-text-body.tsx: the same
 * heading anchors, the same blocks (lib/article/body-blocks.ts decides what each shows), and links
 * only when they are http(s), mailto or tel (lib/text/safe-url.ts). Feed readers drop styles and
 * scripts, so a table is a plain table and an embed a link to the post on its provider's site.
 * A feed is read away from the site, so site-relative links are made absolute.
 */
function components(base: string, ids: ReadonlyMap<string, string>): PortableTextComponents {
  // The same unique anchors as the page (lib/article/heading-id.ts headingAnchors), by block _key.
  const heading =
    (tag: 'h2' | 'h3') =>
    ({ children, value }: { children?: string; value: PortableTextBlock }) =>
      `<${tag} id="${attr(ids.get(value._key ?? '') ?? headingId(plainText(value)))}">${children ?? ''}</${tag}>`
  return {
    block: { h2: heading('h2'), h3: heading('h3') },
    list: {
      number: ({ children, value }) => {
        const start = listStart(value)
        return `<ol${start ? ` start="${start}"` : ''}>${children ?? ''}</ol>`
      },
    },
    marks: {
      underline: ({ children }) => `<u>${children}</u>`,
      'strike-through': ({ children }) => `<s>${children}</s>`,
      sub: ({ children }) => `<sub>${children}</sub>`,
      sup: ({ children }) => `<sup>${children}</sup>`,
      code: ({ children }) => `<code>${children}</code>`,
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
      dataTable,
      code: codeBlock,
      embed,
      divider: ({ isInline }) => (isInline ? '' : '<hr />'),
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
