import type { TypedObject } from '@portabletext/types'

/** Adult silent reading speed for non-fiction, words per minute. */
const WORDS_PER_MINUTE = 220

type MaybeBlock = TypedObject & { children?: Array<{ text?: unknown }> }

export function readingMinutes(body: MaybeBlock[]): number {
  const words = body
    .flatMap((block) => block.children ?? [])
    .map((child) => (typeof child.text === 'string' ? child.text : ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
