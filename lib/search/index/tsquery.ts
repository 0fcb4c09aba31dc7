import { isPrefixTerm } from '../terms.ts'

// The text-search queries a search runs, built from lexemes PostgreSQL gave back (never from
// the reader's text directly): each lexeme quoted as tsquery syntax wants, so nothing in it can
// be an operator. The SQL passes these strings as parameters, cast to tsquery.

/** A word of the query as PostgreSQL's two configurations see it. */
export type AnalyzedTerm = {
  /** The word as the reader typed it (letters, marks and digits only: searchTerms). */
  term: string
  /** Its English lexemes (the stem; none for a stop word such as "the" or "why"). */
  english: string[]
  /** Its lexemes as written, lower-cased (the 'simple' configuration). */
  simple: string[]
}

/** A word searched for: its lexemes, and whether they match words they begin. */
export type TermGroup = { lexemes: string[]; prefix: boolean }

/** A lexeme in tsquery syntax: quoted, a quote doubled and a backslash escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/**
 * One word's alternatives, any of which may match: `('lone':* | 'lonely':*)`; with `weights`,
 * only where the field has one of those weights (`'lone':*A` is the title).
 */
export function groupQuery(group: TermGroup, weights = ''): string {
  const flags = (group.prefix ? '*' : '') + weights
  const suffix = flags ? `:${flags}` : ''
  return `(${group.lexemes.map((lexeme) => quoteLexeme(lexeme) + suffix).join(' | ')})`
}

/** Posts with any of the words. */
export function anyQuery(groups: readonly TermGroup[]): string {
  return groups.map((group) => groupQuery(group)).join(' | ')
}

/** Posts with every one of the words, anywhere (or in the fields of these weights). */
export function everyQuery(groups: readonly TermGroup[], weights = ''): string {
  return groups.map((group) => groupQuery(group, weights)).join(' & ')
}

/**
 * The words to search for: content words (those with an English lexeme) each as its stem and
 * its written form, both as prefixes from three letters on (MIN_PREFIX_LENGTH, as the excerpt
 * marks them). The stem's prefix joins forms the stemmer keeps apart: "lonely" stems to
 * 'lone' but "loneliness" to 'loneli', so 'lone':* finds both. Stop words ("why", "is",
 * "the") are left out unless the query has nothing else, then matched exactly as written.
 * A corrected word's lexemes join the word it corrects.
 */
export function termGroups(
  terms: readonly AnalyzedTerm[],
  corrections: ReadonlyMap<number, AnalyzedTerm> = new Map(),
): { groups: TermGroup[]; searched: number[] } {
  const content = terms.flatMap((term, index) => (term.english.length > 0 ? [index] : []))
  if (content.length === 0) {
    const searched = terms.flatMap((term, index) => (term.simple.length > 0 ? [index] : []))
    return {
      searched,
      groups: searched.map((index) => ({ lexemes: unique(terms[index]!.simple), prefix: false })),
    }
  }
  return {
    searched: content,
    groups: content.map((index) => {
      const term = terms[index]!
      const correction = corrections.get(index)
      const lexemes = [term.english, term.simple, correction?.english, correction?.simple]
      return {
        lexemes: unique(lexemes.flatMap((list) => list ?? [])),
        prefix: isPrefixTerm(term.term),
      }
    }),
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
