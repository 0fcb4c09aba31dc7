import type { PortableTextBlock } from '@portabletext/types'

/** Adult silent reading speed for non-fiction, words per minute. */
const WORDS_PER_MINUTE = 220

export function readingMinutes(body: PortableTextBlock[]): number {
  const words = body
    .flatMap((block) => block.children ?? [])
    .map((child) => ('text' in child && typeof child.text === 'string' ? child.text : ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
