import '../../server-only.ts'
import { sql } from 'drizzle-orm'
import type { PostCard } from '../../content/types.ts'
import type { Database } from '../../db/engine.ts'
import { normalizeQuery, searchTerms } from '../terms.ts'
import { correctTypos, suggestedQuery } from './typos.ts'
import { rows, type Executor } from './rows.ts'
import { anyQuery, everyQuery, termGroups, type AnalyzedTerm } from './tsquery.ts'

export type IndexSearch = {
  /** One page of results, best first: the post's card and its plain text (for the excerpt). */
  results: Array<PostCard & { text: string }>
  /** How many posts match in all. */
  total: number
  /** Words and word beginnings for searchExcerpt to mark: the terms, their stems, corrections. */
  marks: string[]
  /** The query with its typos corrected ("Did you mean …?"), or null when none was. */
  suggestion: string | null
}

export type Page = { offset: number; limit: number }

/** At most this many results a page, whatever the caller asks. */
export const MAX_PAGE = 100

/**
 * How results are ordered. Score = ts_rank_cd over the posts' weighted vectors for any of the
 * words (weights D, C, B, A: body, headings, standfirst, title; normalization 0: the count of
 * covers as is) + `every` when the post has all the words + `phrase` when it has them as the
 * reader wrote them, in order; ties go to the newer post.
 */
export type Ranking = {
  weights: readonly [number, number, number, number]
  normalization: number
  every: number
  phrase: number
}

export const RANKING: Ranking = {
  weights: [0.1, 0.2, 0.4, 1],
  normalization: 0,
  every: 1,
  phrase: 1,
}

const EMPTY: IndexSearch = { results: [], total: 0, marks: [], suggestion: null }

/** Each word of the query as PostgreSQL's English and simple configurations read it. */
async function analyze(db: Executor, terms: readonly string[]): Promise<AnalyzedTerm[]> {
  const found = await rows<{ i: number; english: string[]; simple: string[] }>(
    db,
    sql`
      SELECT t.i::integer AS i,
        coalesce((SELECT array_agg(lexeme) FROM unnest(to_tsvector('english'::regconfig, t.term))), '{}') AS english,
        coalesce((SELECT array_agg(lexeme) FROM unnest(to_tsvector('simple'::regconfig, t.term))), '{}') AS simple
      FROM unnest(${sql.param(terms)}::text[]) WITH ORDINALITY AS t (term, i)
      ORDER BY t.i
    `,
  )
  return found.map((row) => ({
    term: terms[row.i - 1]!,
    english: row.english,
    simple: row.simple,
  }))
}

function pageOf({ offset, limit }: Page): Page {
  const whole = (n: number, max: number) =>
    Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : 0
  return { offset: whole(offset, Number.MAX_SAFE_INTEGER), limit: whole(limit, MAX_PAGE) }
}

type Row = { card: PostCard | string; text: string; total: number | string }

export async function searchIndex(
  db: Database,
  query: string,
  page: Page,
  ranking: Ranking = RANKING,
): Promise<IndexSearch> {
  const normalized = normalizeQuery(query)
  const terms = searchTerms(normalized)
  if (terms.length === 0) return EMPTY
  const { offset, limit } = pageOf(page)

  const analyzed = await analyze(db, terms)
  const corrections = await correctTypos(db, analyzed)
  const { groups, searched } = termGroups(analyzed, corrections)
  if (groups.length === 0) return EMPTY

  const marks = new Map<string, string>()
  for (const index of searched) {
    const term = analyzed[index]!
    // A corrected word matched nothing as typed: only its correction is marked.
    const marked = corrections.get(index) ?? term
    for (const mark of [marked.term, ...marked.english]) {
      marks.set(mark.toLocaleLowerCase('en'), mark)
    }
  }

  const any = anyQuery(groups)
  const every = everyQuery(groups)
  // The phrase as written (stop words kept: phraseto_tsquery counts the places they take).
  const phrase = groups.length > 1 ? analyzedPhrase(analyzed, corrections) : ''
  const [d, c, b, a] = ranking.weights
  const weights = `{${[d, c, b, a].join(',')}}`
  const score = sql`(
    ts_rank_cd(${weights}::float4[], d.search, q.any_words, ${ranking.normalization}::integer)
    + CASE WHEN d.search @@ q.every_word THEN ${ranking.every}::float4 ELSE 0 END
    + CASE WHEN q.has_phrase AND d.search @@ q.phrase THEN ${ranking.phrase}::float4 ELSE 0 END
  )`
  const statement = (take: number, skip: number) => sql`
    WITH q AS (
      SELECT ${any}::tsquery AS any_words, ${every}::tsquery AS every_word,
        phraseto_tsquery('english'::regconfig, ${phrase}) AS phrase, ${phrase !== ''}::boolean AS has_phrase
    )
    SELECT d.card, d.body AS text, count(*) OVER () AS total
    FROM search_documents d, q
    WHERE d.search @@ q.any_words
    ORDER BY ${score} DESC, d.published_at DESC, d.id
    LIMIT ${take}::integer OFFSET ${skip}::integer
  `
  let found = await rows<Row>(db, statement(limit, offset))
  let total = Number(found[0]?.total ?? 0)
  if (found.length === 0 && (offset > 0 || limit === 0)) {
    // Past the last page (or no page asked for): the window had nothing to count over.
    const [first] = await rows<Row>(db, statement(1, 0))
    total = Number(first?.total ?? 0)
    found = []
  }
  const suggestion = corrections.size > 0 ? suggestedQuery(normalized, analyzed, corrections) : null
  return {
    results: found.map((row) => ({
      ...(typeof row.card === 'string' ? (JSON.parse(row.card) as PostCard) : row.card),
      text: row.text,
    })),
    total,
    marks: [...marks.values()],
    suggestion,
  }
}

function analyzedPhrase(
  analyzed: readonly AnalyzedTerm[],
  corrections: ReadonlyMap<number, AnalyzedTerm>,
): string {
  return analyzed.map((term, index) => corrections.get(index)?.term ?? term.term).join(' ')
}
