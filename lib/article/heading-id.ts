import { slugify } from '../text/slugify.ts'

/** A stable anchor for a heading, made from its text ("1. The Intimacy-Fear Paradox"). */
export function headingId(text: string): string {
  return slugify(text) || 'section'
}

type BlockLike = { _type?: string; _key?: string; style?: string; children?: unknown }

/** A heading of an article body, with the anchor its element and the table of contents share. */
export type HeadingAnchor = { key: string; id: string; text: string; level: 2 | 3 }

function blockText(block: BlockLike): string {
  return (Array.isArray(block.children) ? block.children : [])
    .map((child: unknown) =>
      child && typeof child === 'object' && 'text' in child && typeof child.text === 'string'
        ? child.text
        : '',
    )
    .join('')
}

/** The key a heading block is found by: its `_key`, or its position when it has none. */
export function headingKey(block: BlockLike, index: number): string {
  return block._key ?? `#${index}`
}

/**
 * Every h2 and h3 of a body, in order, each with a unique anchor: the first heading with a
 * given text gets `headingId(text)`, the next ones `-2`, `-3`, … (and never an id another
 * heading already took). Headings and the table of contents both take their ids from here.
 */
export function headingAnchors(blocks: readonly BlockLike[]): HeadingAnchor[] {
  const taken = new Set<string>()
  const anchors: HeadingAnchor[] = []
  blocks.forEach((block, index) => {
    if (block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3')) return
    const text = blockText(block)
    const base = headingId(text)
    let id = base
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
    taken.add(id)
    anchors.push({ key: headingKey(block, index), id, text, level: block.style === 'h2' ? 2 : 3 })
  })
  return anchors
}
