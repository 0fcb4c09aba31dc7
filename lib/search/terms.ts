/** A reader's query is cut to this many characters before anything else is done with it. */
export const MAX_QUERY_LENGTH = 100

/** At most this many words of a query are searched for. */
export const MAX_TERMS = 8

/**
 * Words shorter than this are matched exactly; longer ones also match words they begin
 * ("love" finds "loved" and "lovely"), which a prefix of one or two letters would overdo.
 */
export const MIN_PREFIX_LENGTH = 3

/** Letters (any script), combining marks and digits: what a search word is made of. */
const WORD_CHARS = '\\p{L}\\p{M}\\p{N}'
const NOT_WORD = new RegExp(`[^${WORD_CHARS}]+`, 'u')

/**
 * The query as the page shows it and searches with: the first value when the address has
 * several, control characters turned to spaces, runs of space collapsed, and cut to
 * MAX_QUERY_LENGTH characters (whole characters, never half an emoji).
 */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return ''
  const cleaned = value
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

/**
 * The words of a query, safe to hand to GROQ's `match` (always as a $param): only letters,
 * marks and digits survive, so nothing `match` treats specially (`*`, quotes, brackets,
 * punctuation) gets through. Duplicates (ignoring case) are dropped; at most MAX_TERMS.
 */
export function searchTerms(query: string): string[] {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const word of query.split(NOT_WORD)) {
    if (word.length === 0) continue
    const key = word.toLocaleLowerCase('en')
    if (seen.has(key)) continue
    seen.add(key)
    terms.push(word)
    if (terms.length === MAX_TERMS) break
  }
  return terms
}

/** Whether a term also matches the words it begins. */
export function isPrefixTerm(term: string): boolean {
  return Array.from(term).length >= MIN_PREFIX_LENGTH
}

/**
 * The patterns for GROQ's `match`: every one must match a word of the text. The site's search
 * no longer uses GROQ (lib/search/index/); the benchmark's baseline does (bench/lib/groq-search.ts).
 */
export function matchPatterns(terms: readonly string[]): string[] {
  return terms.map((term) => (isPrefixTerm(term) ? `${term}*` : term))
}

/**
 * The same words as a regular expression over plain text, for highlighting: a term at the
 * start of a word, running on to the word's end when it is a prefix term. Null for no terms.
 */
export function termsPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null
  // Longest first, so that "lovers" is preferred to "love" where both could match.
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => {
      // Terms are letters and digits only (searchTerms), but escape anyway: this is a regex.
      const escaped = term.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
      return isPrefixTerm(term) ? `${escaped}[${WORD_CHARS}]*` : escaped
    })
  return new RegExp(`(?<![${WORD_CHARS}])(?:${alternatives.join('|')})(?![${WORD_CHARS}])`, 'giu')
}
