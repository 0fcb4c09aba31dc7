// Readers' search ranks candidates, not every match (#25, lib/search/index/search.ts): at
// 20,000 posts a common word matches nearly all of them, and ranking reads each match's whole
// tsvector (about 5 kB, compressed and TOASTed), 450-800 ms on PGlite. `head` is the same
// vector without the body (title A, standfirst B, headings C, English and simple, in the same
// order, so its positions are the search vector's own): small, with its own GIN index, it
// finds the posts whose head has every word without reading their whole vectors. The newest
// posts first, for the body matches a search also ranks. A generated column: ALTER TABLE
// fills it for every row already indexed, so no rebuild is needed. Never edit a migration once
// it has shipped: add the next.
export const name = '0003-search-head'

export const sql = /* sql */ `
ALTER TABLE search_documents ADD COLUMN head tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, title), 'A')
  || setweight(to_tsvector('simple'::regconfig, title), 'A')
  || setweight(to_tsvector('english'::regconfig, standfirst), 'B')
  || setweight(to_tsvector('simple'::regconfig, standfirst), 'B')
  || setweight(to_tsvector('english'::regconfig, headings), 'C')
  || setweight(to_tsvector('simple'::regconfig, headings), 'C')
) STORED;

CREATE INDEX search_documents_head ON search_documents USING GIN (head);

CREATE INDEX search_documents_published ON search_documents (published_at DESC, id);
`
