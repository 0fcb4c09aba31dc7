// The first stage of readers' search reads titles from a narrow table of their own (#25,
// lib/search/index/search.ts). In search_documents a row carries its card, its fields' text,
// its words and its head (0003), about 2 kB before TOAST, so the head was itself TOASTed:
// finding the heads with every word of a common query decompressed 4,540 of them out of line,
// 58 ms of a 74 ms one-word search at 20,000 synthetic posts on PGlite; and a head with every
// word missed the best post of a query whose words are not all anywhere ("trust issues").
// Here a row is the post's id, its date, the stored size of its whole vector (the post's
// length, read once when written rather than from a TOAST pointer at each search) and its
// title's words (the search vector's weight A: English and simple, ts_filter): 808 pages for
// 20,000 posts, with a GIN index. The store writes a post's row with its document (store.ts,
// one transaction); ON DELETE CASCADE takes it away with the post. The head, no longer read,
// goes. Never edit a migration once it has shipped: add the next.
export const name = '0005-search-titles'

export const sql = /* sql */ `
CREATE TABLE search_titles (
  id text PRIMARY KEY REFERENCES search_documents (id) ON DELETE CASCADE,
  published_at timestamptz NOT NULL,
  size integer NOT NULL,
  title tsvector NOT NULL
);

INSERT INTO search_titles (id, published_at, size, title)
SELECT id, published_at, pg_column_size(search), ts_filter(search, '{a}')
FROM search_documents;

CREATE INDEX search_titles_title ON search_titles USING GIN (title);

DROP INDEX search_documents_head;

ALTER TABLE search_documents DROP COLUMN head;
`
