import '../../server-only.ts'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/engine.ts'
import { withinOneEdit } from './damerau.ts'
import { rows } from './rows.ts'
import { groupQuery, type AnalyzedTerm } from './tsquery.ts'

/** One typo is forgiven in words of at least this many letters. */
export const MIN_CORRECTED_LENGTH = 5

/**
 * Trigram similarity a candidate needs before its edit distance is checked. pg_trgm's default
 * (0.3) misses short words with two letters swapped: "trsut" and "trust" share 2 of their 10
 * trigrams (0.2); "lonliness" and "loneliness" 0.69, "relatioships" and "relationships" 0.67.
 */
export const SIMILARITY_THRESHOLD = 0.2

/** Candidates looked at per word, the most similar first. */
const CANDIDATES = 40

type Candidate = {
  i: number
  word: string
  documents: number
  similarity: number
  english: string[]
}

/**
 * Corrections for the words of a query that match no post: for each content word of five
 * letters or more that finds nothing by its stem or as written, the indexed word one edit away
 * (withinOneEdit: a letter missing, extra, changed, or two swapped) that the most posts use.
 * Candidates come from the vocabulary's trigram index (pg_trgm), the distance is confirmed
 * here. A word that matches something is never corrected: "lonely" is not "lovely". Whether
 * it does is asked of the vocabulary first (a word there is in some post as written, so its
 * own prefix matches: one lookup by the primary key), and only then of the posts' index, whose
 * bitmap for a common word's prefix takes about 5 ms at 20,000 posts; each test is fenced
 * (OFFSET 0) so that it runs before the next, and the trigram search only for what is left.
 * Keyed by the word's place in the query.
 */
export async function correctTypos(
  db: Database,
  terms: readonly AnalyzedTerm[],
): Promise<Map<number, AnalyzedTerm>> {
  const wanted = terms.flatMap((term, index) => {
    const written = term.simple[0]
    const eligible =
      term.english.length > 0 &&
      written !== undefined &&
      Array.from(written).length >= MIN_CORRECTED_LENGTH &&
      /\p{L}/u.test(written)
    if (!eligible) return []
    const own = groupQuery({
      lexemes: [...new Set([...term.english, ...term.simple])],
      prefix: true,
    })
    return [{ index, written, own }]
  })
  const corrections = new Map<number, AnalyzedTerm>()
  if (wanted.length === 0) return corrections

  const candidates = await db.transaction(async (tx) => {
    // The `%` operator's threshold, for this transaction only.
    await tx.execute(
      sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`,
    )
    return rows<Candidate>(
      tx,
      sql`
        SELECT t.i::integer AS i, v.word, v.documents, v.similarity, v.english
        FROM (
          SELECT * FROM (
            SELECT * FROM unnest(
              ${sql.param(wanted.map((w) => w.index))}::integer[],
              ${sql.param(wanted.map((w) => w.written))}::text[],
              ${sql.param(wanted.map((w) => w.own))}::text[]
            ) AS t (i, written, own)
            WHERE NOT EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = t.written)
            OFFSET 0
          ) AS t
          WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.search @@ t.own::tsquery)
          OFFSET 0
        ) AS t
        CROSS JOIN LATERAL (
          SELECT word, documents, similarity(word, t.written) AS similarity,
            coalesce((SELECT array_agg(lexeme) FROM unnest(to_tsvector('english'::regconfig, word))), '{}') AS english
          FROM search_vocabulary
          WHERE word % t.written AND word <> t.written
          ORDER BY similarity(word, t.written) DESC
          LIMIT ${CANDIDATES}
        ) AS v
      `,
    )
  })

  for (const { index, written } of wanted) {
    const best = candidates
      .filter((candidate) => candidate.i === index && withinOneEdit(written, candidate.word))
      .sort((x, y) => y.documents - x.documents || y.similarity - x.similarity)[0]
    if (best) {
      corrections.set(index, { term: best.word, english: best.english, simple: [best.word] })
    }
  }
  return corrections
}

const WORD = '\\p{L}\\p{M}\\p{N}'

/**
 * The query as the reader wrote it with each corrected word put right (its first letter's
 * case kept): "Why lonliness?" → "Why loneliness?".
 */
export function suggestedQuery(
  query: string,
  terms: readonly AnalyzedTerm[],
  corrections: ReadonlyMap<number, AnalyzedTerm>,
): string {
  let suggestion = query
  for (const [index, correction] of corrections) {
    const term = terms[index]!.term
    const escaped = term.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
    const pattern = new RegExp(`(?<![${WORD}])${escaped}(?![${WORD}])`, 'giu')
    suggestion = suggestion.replace(pattern, (found) => {
      const first = Array.from(found)[0] ?? ''
      const capital = first !== first.toLocaleLowerCase('en')
      return capital
        ? correction.term.charAt(0).toLocaleUpperCase('en') + correction.term.slice(1)
        : correction.term
    })
  }
  return suggestion
}
