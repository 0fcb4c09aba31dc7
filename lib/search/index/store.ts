import '../../server-only.ts'
import { sql } from 'drizzle-orm'
import type { ContentFingerprint, SearchDocument } from '../../content/search-documents.ts'
import type { PostCard } from '../../content/types.ts'
import type { Database } from '../../db/engine.ts'
import { rows, type Executor } from './rows.ts'

// Writing the index: the posts' rows (their tsvector and words are generated columns, see
// lib/db/migrations/0002-search.ts) and the vocabulary's counts, kept together in one
// transaction each time. Writers take turns (SHARE ROW EXCLUSIVE conflicts with itself and
// with every write, not with reads), so counts never race; readers are never held up on
// PostgreSQL and see the index before or after a change, never in between.

/** Rows per INSERT when filling the whole index: each column is one array parameter. */
const BATCH = 250

/** Words shorter than this are not in the vocabulary: no typo is corrected to them. */
export const MIN_VOCABULARY_LENGTH = 4

/** The card results show: everything of the document but the text the index weighs. */
export function cardOf(document: SearchDocument): PostCard {
  const card: Partial<SearchDocument> = { ...document }
  delete card.headings
  delete card.text
  delete card._updatedAt
  return card as PostCard
}

type Columns = {
  ids: string[]
  published: string[]
  updated: string[]
  cards: string[]
  titles: string[]
  standfirsts: string[]
  headings: string[]
  bodies: string[]
}

function columnsOf(documents: readonly SearchDocument[]): Columns {
  const columns: Columns = {
    ids: [],
    published: [],
    updated: [],
    cards: [],
    titles: [],
    standfirsts: [],
    headings: [],
    bodies: [],
  }
  for (const document of documents) {
    columns.ids.push(document._id)
    columns.published.push(document.publishedAt)
    columns.updated.push(document._updatedAt)
    columns.cards.push(JSON.stringify(cardOf(document)))
    columns.titles.push(document.title)
    columns.standfirsts.push(document.excerpt ?? '')
    columns.headings.push(document.headings ?? '')
    columns.bodies.push(document.text ?? '')
  }
  return columns
}

async function insertDocuments(tx: Executor, documents: readonly SearchDocument[]) {
  const c = columnsOf(documents)
  await tx.execute(sql`
    INSERT INTO search_documents
      (id, published_at, updated_at, card, title, standfirst, headings, body)
    SELECT id, published_at::timestamptz, updated_at::timestamptz, card::jsonb,
      title, standfirst, headings, body
    FROM unnest(
      ${sql.param(c.ids)}::text[], ${sql.param(c.published)}::text[],
      ${sql.param(c.updated)}::text[], ${sql.param(c.cards)}::text[],
      ${sql.param(c.titles)}::text[], ${sql.param(c.standfirsts)}::text[],
      ${sql.param(c.headings)}::text[], ${sql.param(c.bodies)}::text[]
    ) AS row (id, published_at, updated_at, card, title, standfirst, headings, body)
    ON CONFLICT (id) DO UPDATE SET
      published_at = excluded.published_at, updated_at = excluded.updated_at, card = excluded.card, title = excluded.title,
      standfirst = excluded.standfirst, headings = excluded.headings, body = excluded.body
  `)
  await writeTitles(tx, c.ids)
}

/**
 * The posts' rows for search.ts' first stage (migration 0005), from the documents just
 * written: the title's words taken from the search vector itself (its weight A, 0002), so the
 * two never disagree, and the stored size of the whole vector, the post's length.
 */
async function writeTitles(tx: Executor, ids: readonly string[]) {
  await tx.execute(sql`
    INSERT INTO search_titles (id, published_at, size, title)
    SELECT id, published_at, pg_column_size(search), ts_filter(search, '{a}')
    FROM search_documents WHERE id = ANY(${sql.param(ids)}::text[])
    ON CONFLICT (id) DO UPDATE SET
      published_at = excluded.published_at, size = excluded.size, title = excluded.title
  `)
}

async function takeWriterTurn(tx: Executor) {
  await tx.execute(
    sql`LOCK TABLE search_documents, search_titles, search_vocabulary IN SHARE ROW EXCLUSIVE MODE`,
  )
}

/** Takes one post's words out of the vocabulary's counts (before it changes or goes). */
async function forgetWords(tx: Executor, id: string) {
  const words = sql`(SELECT unnest(words) FROM search_documents WHERE id = ${id})`
  await tx.execute(sql`DELETE FROM search_vocabulary WHERE documents = 1 AND word IN ${words}`)
  await tx.execute(
    sql`UPDATE search_vocabulary SET documents = documents - 1 WHERE word IN ${words}`,
  )
}

/** Adds one post's words to the vocabulary's counts (after it was written). */
async function learnWords(tx: Executor, id: string) {
  await tx.execute(sql`
    INSERT INTO search_vocabulary (word, documents)
    SELECT word, 1 FROM search_documents, unnest(words) AS word
    WHERE id = ${id} AND char_length(word) >= ${MIN_VOCABULARY_LENGTH}
    ORDER BY word
    ON CONFLICT (word) DO UPDATE SET documents = search_vocabulary.documents + 1
  `)
}

export function createIndexStore(db: Database) {
  return {
    async replaceAll(documents: readonly SearchDocument[]): Promise<void> {
      // One post per id (the last given wins), so that a repeated id cannot fail the batch.
      const byId = new Map(documents.map((document) => [document._id, document]))
      const unique = [...byId.values()]
      await db.transaction(async (tx) => {
        await takeWriterTurn(tx)
        // DELETE rather than TRUNCATE: TRUNCATE would lock readers out until the commit.
        await tx.execute(sql`DELETE FROM search_documents`)
        for (let start = 0; start < unique.length; start += BATCH) {
          await insertDocuments(tx, unique.slice(start, start + BATCH))
        }
        await tx.execute(sql`DELETE FROM search_vocabulary`)
        await tx.execute(sql`
          INSERT INTO search_vocabulary (word, documents)
          SELECT word, count(*) FROM search_documents, unnest(words) AS word
          WHERE char_length(word) >= ${MIN_VOCABULARY_LENGTH}
          GROUP BY word
        `)
      })
      // Every old row is now dead, and PGlite has no autovacuum: until a VACUUM, each search
      // visits the dead rows beside the live ones (twice the heap a common word reads), and
      // the planner has no statistics. Outside the transaction (VACUUM cannot run in one);
      // readers are not held up.
      await db.execute(sql`VACUUM (ANALYZE) search_documents, search_titles, search_vocabulary`)
    },

    async upsert(document: SearchDocument): Promise<void> {
      await db.transaction(async (tx) => {
        await takeWriterTurn(tx)
        await forgetWords(tx, document._id)
        await insertDocuments(tx, [document])
        await learnWords(tx, document._id)
      })
    },

    async remove(id: string): Promise<void> {
      await db.transaction(async (tx) => {
        await takeWriterTurn(tx)
        await forgetWords(tx, id)
        await tx.execute(sql`DELETE FROM search_documents WHERE id = ${id}`)
      })
    },

    /** The indexed posts in the content's three numbers (ContentFingerprint). */
    async fingerprint(): Promise<ContentFingerprint> {
      const [row] = await rows<{
        count: number | string
        latest: number | string | null
        seconds: number | string | null
      }>(
        db,
        sql`
          SELECT count(*)::integer AS count,
            (extract(epoch FROM max(updated_at)) * 1000)::float8 AS latest,
            coalesce(sum(round(extract(epoch FROM updated_at))), 0)::float8 AS seconds
          FROM search_documents
        `,
      )
      const latest = row?.latest ?? null
      return {
        count: Number(row?.count ?? 0),
        latest: latest === null ? null : new Date(Number(latest)).toISOString(),
        seconds: Number(row?.seconds ?? 0),
      }
    },

    async count(): Promise<number> {
      const [row] = await rows<{ count: number | string }>(
        db,
        sql`SELECT count(*)::integer AS count FROM search_documents`,
      )
      return Number(row?.count ?? 0)
    },
  }
}
