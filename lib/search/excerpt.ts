import { termsPattern } from './terms.ts'

/** A run of excerpt text; `match` runs are the reader's words, shown in <mark>. */
export type ExcerptPart = { text: string; match: boolean }

type Options = {
  /** The excerpt's length in characters, not counting the ellipses. */
  length?: number
  /** How much text to keep before the first match, for context. */
  before?: number
}

const ELLIPSIS = '…'

/**
 * Between blocks (pt::text puts a blank line there) that do not end a sentence, such as a
 * heading and its first paragraph: so that the heading does not run into the text.
 */
const BLOCK_SEPARATOR = ' · '
const ENDS_SENTENCE = /[.!?…:;"”’)]$/u

/** Text on one line: blocks joined by a space or BLOCK_SEPARATOR, other white space a space. */
function flatten(text: string): string {
  const blocks = text
    .split(/\n\s*\n/u)
    .map((block) => block.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
  return blocks
    .map((block, index) =>
      index === blocks.length - 1
        ? block
        : block + (ENDS_SENTENCE.test(block) ? ' ' : BLOCK_SEPARATOR),
    )
    .join('')
}

/** A window's text without a block separator left dangling at either end. */
function trimSeparators(text: string): string {
  return text.trim().replace(/^·\s*/u, '').replace(/\s*·$/u, '')
}

/** Splits text into plain and matching runs. */
function splitMatches(text: string, pattern: RegExp): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let last = 0
  for (const found of text.matchAll(pattern)) {
    const index = found.index
    if (index > last) parts.push({ text: text.slice(last, index), match: false })
    parts.push({ text: found[0], match: true })
    last = index + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}

/** Moves an index off the second half of a surrogate pair, so no emoji is cut in two. */
function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * A short excerpt of a post's plain text around the first place one of the search terms
 * occurs, with every occurrence inside it marked. Cut at spaces where it can be, with an
 * ellipsis where text was left out. Null when none of the terms occurs in the text.
 *
 * The parts are plain strings: the page renders them as React text (escaped), never as HTML.
 */
export function searchExcerpt(
  text: string,
  terms: readonly string[],
  { length = 220, before = 70 }: Options = {},
): ExcerptPart[] | null {
  const pattern = termsPattern(terms)
  if (!pattern) return null
  const flat = flatten(text)
  const first = pattern.exec(flat)
  pattern.lastIndex = 0
  if (!first) return null

  const matchStart = first.index
  const matchEnd = matchStart + first[0].length
  let start = 0
  let end = flat.length
  if (flat.length > length) {
    start = Math.max(0, matchStart - before)
    if (start > 0) {
      // Begin at a word: just after the first space between here and the match.
      const space = flat.indexOf(' ', start)
      if (space !== -1 && space < matchStart) start = space + 1
      else if (isLowSurrogate(flat, start)) start -= 1
    }
    end = Math.min(flat.length, Math.max(start + length, matchEnd))
    if (end < flat.length) {
      // End at a word: at the last space before here, if that keeps the match whole.
      const space = flat.lastIndexOf(' ', end)
      if (space > matchEnd) end = space
      else if (isLowSurrogate(flat, end)) end += 1
    }
  }

  const parts = splitMatches(trimSeparators(flat.slice(start, end)), pattern)
  if (start > 0) parts.unshift({ text: ELLIPSIS, match: false })
  if (end < flat.length) parts.push({ text: ELLIPSIS, match: false })
  return mergePlain(parts)
}

/** The opening of a text, cut at a space, for results whose words were only in the title. */
export function leadExcerpt(text: string, length = 220): ExcerptPart[] {
  const flat = flatten(text)
  if (flat.length <= length) return flat ? [{ text: flat, match: false }] : []
  const space = flat.lastIndexOf(' ', length)
  let end = space > length / 2 ? space : length
  if (isLowSurrogate(flat, end)) end += 1
  return [{ text: `${trimSeparators(flat.slice(0, end))}${ELLIPSIS}`, match: false }]
}

function mergePlain(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = []
  for (const part of parts) {
    const previous = merged.at(-1)
    if (previous && !previous.match && !part.match) previous.text += part.text
    else merged.push({ ...part })
  }
  return merged
}
