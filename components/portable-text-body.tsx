import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { TypedObject } from '@portabletext/types'
import { headingAnchors, headingId } from '@/lib/article/heading-id.ts'
import { CodeBlock } from './body/code-block.tsx'
import { DataTable } from './body/data-table.tsx'
import { Divider } from './body/divider.tsx'
import { EmbedCard } from './body/embed-card.tsx'
import { NumberedList } from './body/numbered-list.tsx'
import { SafeLink } from './body/safe-link.tsx'
import { InlineImage } from './inline-image.tsx'

/**
 * The one component map for bodies (articles and pages): every block type, mark and
 * annotation is rendered here, and lib/feed/portable-text-html.ts is its twin for the feed.
 * Heading anchors come from `headingAnchors` (unique per body, shared with the table of
 * contents), looked up by the block's `_key`. A type the site does not know renders nothing.
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
  list: { number: NumberedList },
  types: {
    inlineImage: InlineImage,
    dataTable: DataTable,
    code: CodeBlock,
    embed: EmbedCard,
    divider: Divider,
  },
  marks: {
    link: SafeLink,
    underline: ({ children }) => <u>{children}</u>,
    'strike-through': ({ children }) => <s>{children}</s>,
    sub: ({ children }) => <sub>{children}</sub>,
    sup: ({ children }) => <sup>{children}</sup>,
    code: ({ children }) => <code>{children}</code>,
  },
  unknownType: () => null,
})

export function PortableTextBody({ value }: { value: TypedObject[] }) {
  const ids = new Map(headingAnchors(value).map((anchor) => [anchor.key, anchor.id]))
  return <PortableText value={value} components={components(ids)} onMissingComponent={false} />
}
