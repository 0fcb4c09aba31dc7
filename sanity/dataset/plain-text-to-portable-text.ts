import type { PortableTextBlock } from '@portabletext/types'
import { stableKey } from './keys.ts'

/** A Portable Text block as Sanity stores it: every block and span has a _key. */
export type StoredBlock = PortableTextBlock & {
  _key: string
  markDefs: []
  children: Array<{ _type: 'span'; _key: string; text: string; marks: string[] }>
}

const NUMBERED_HEADING = /^\d+\.\s+(.+)$/
const BULLET = /^-\s+(.+)$/

/**
 * Converts the seed's plain text back into the structure it lost: "1. Title" lines were
 * h2 headings, "- " lines were bullet list items, every other non-empty line was its own
 * paragraph. Text is kept word for word (curly quotes and dashes included).
 */
export function plainTextToPortableText(text: string, keySeed: string): StoredBlock[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)

  return lines.map((line, index) => {
    const heading = NUMBERED_HEADING.exec(line)
    const bullet = BULLET.exec(line)
    const blockKey = stableKey(keySeed, index)
    const span = (spanText: string) => ({
      _type: 'span' as const,
      _key: stableKey(keySeed, index, 'span'),
      text: spanText,
      marks: [],
    })
    if (bullet?.[1]) {
      return {
        _type: 'block',
        _key: blockKey,
        style: 'normal',
        listItem: 'bullet',
        level: 1,
        markDefs: [],
        children: [span(bullet[1])],
      }
    }
    return {
      _type: 'block',
      _key: blockKey,
      style: heading ? 'h2' : 'normal',
      markDefs: [],
      children: [span(line)],
    }
  })
}
