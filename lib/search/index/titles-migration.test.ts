import { afterAll, beforeAll, expect, it } from 'vitest'
import type { SearchDocument } from '../../content/search-documents.ts'
import { createEngine, type Engine } from '../../db/engine.ts'
import { applyMigrations } from '../../db/migrate.ts'
import { MIGRATIONS } from '../../db/migrations/index.ts'
import { onEachEngine } from './fixtures.ts'
import { createIndexStore } from './store.ts'

// Migration 0005 moves the first stage's words to search_titles (search.ts): an index filled
// before it gets a row per post from the migration itself, the store keeps the rows in step
// with the documents, and a post's row goes with it.

const BEFORE_TITLES = MIGRATIONS.findIndex((migration) => migration.name === '0005-search-titles')

const post = (id: string, title: string): SearchDocument =>
  ({
    _id: id,
    _updatedAt: '2026-03-01T08:00:00Z',
    title,
    slug: id,
    publishedAt: '2026-03-01T08:00:00Z',
    excerpt: 'A standfirst about loneliness.',
    category: { title: 'Society', slug: 'society' },
    coverImage: null,
    headings: 'A heading',
    text: 'The body of the post, about money and trust.',
  }) as SearchDocument

type TitleRow = { id: string; title: string; size: number; expected: string; stored: number }

onEachEngine(5457, (target) => {
  let engine: Engine
  const titleRows = () =>
    engine.withSession((session) =>
      session.rows<TitleRow>(`
        SELECT t.id, t.title::text AS title, t.size,
          (setweight(to_tsvector('english', d.title), 'A')
            || setweight(to_tsvector('simple', d.title), 'A'))::text AS expected,
          pg_column_size(d.search) AS stored
        FROM search_titles t JOIN search_documents d USING (id) ORDER BY t.id`),
    )

  beforeAll(async () => {
    engine = await createEngine(target())
    await engine.withSession((session) =>
      applyMigrations(session, MIGRATIONS.slice(0, BEFORE_TITLES)),
    )
    await engine.withSession((session) =>
      session.exec(`
        INSERT INTO search_documents (id, published_at, updated_at, card, title, standfirst, headings, body)
        VALUES ('before-1', now(), now(), '{}', 'Pulling Apart at Forty', '', '', 'money'),
               ('before-2', now(), now(), '{}', 'Mapenzi na Pesa', '', '', 'trust')`),
    )
    await engine.withSession((session) => applyMigrations(session, MIGRATIONS))
  }, 60_000)
  afterAll(async () => {
    await engine?.close()
  })

  it('gives every post indexed before it its title words and its length', async () => {
    const found = await titleRows()
    expect(found.map((row) => row.id)).toEqual(['before-1', 'before-2'])
    for (const row of found) {
      expect(row.title).toBe(row.expected)
      expect(row.size).toBe(row.stored)
    }
    expect(found[0]!.title).toContain("'pull':1A")
    expect(found[1]!.title).toContain("'mapenzi':1A")
  })

  it('keeps them in step as the store writes and removes posts', async () => {
    const store = createIndexStore(engine.db)
    await store.replaceAll([post('a', 'Why Loneliness Is Rising'), post('b', 'Trust Issues')])
    await store.upsert(post('b', 'Rebuilding Trust After Money Fights'))
    await store.remove('a')
    const found = await titleRows()
    expect(found.map((row) => row.id)).toEqual(['b'])
    expect(found[0]!.title).toBe(found[0]!.expected)
    expect(found[0]!.title).toContain("'rebuild'")
    expect(found[0]!.size).toBe(found[0]!.stored)
  })
})
