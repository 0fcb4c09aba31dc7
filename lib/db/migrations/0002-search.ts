// Readers' search (#25, lib/search/index/): one row per readable post with its card, its
// fields' text and a weighted tsvector; the vocabulary of indexed words for typo correction.
// Each row keeps its post's _updatedAt, from which the index works out the same fingerprint
// as the content's (count, newest change, summed seconds). Never edit a migration once it has
// shipped: add the next.
export const name = '0002-search'

// The tsvector holds each field twice: the English configuration (stems: "relationships" and
// "relationship" are one lexeme) and the simple one (the word as written, lower-cased, for
// Swahili and Sheng words the English stemmer would clip, and for exact matches). Weights:
// title A, standfirst (the excerpt) B, headings C, body D. The headings are part of the body
// as well; they count twice on purpose, as a heading says what a section is about.
// `words` is the post's distinct words as written, for the vocabulary's counts.
export const sql = /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE search_documents (
  id text PRIMARY KEY,
  published_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  card jsonb NOT NULL,
  title text NOT NULL,
  standfirst text NOT NULL,
  headings text NOT NULL,
  body text NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('simple'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, standfirst), 'B')
    || setweight(to_tsvector('simple'::regconfig, standfirst), 'B')
    || setweight(to_tsvector('english'::regconfig, headings), 'C')
    || setweight(to_tsvector('simple'::regconfig, headings), 'C')
    || setweight(to_tsvector('english'::regconfig, body), 'D')
    || setweight(to_tsvector('simple'::regconfig, body), 'D')
  ) STORED,
  words text[] GENERATED ALWAYS AS (
    tsvector_to_array(to_tsvector('simple'::regconfig, title || ' ' || standfirst || ' ' || body))
  ) STORED
);

CREATE INDEX search_documents_search ON search_documents USING GIN (search);

-- Every indexed word a typo could have been meant as (four letters or more: one typo is
-- forgiven in words of five or more), with the number of posts that use it.
CREATE TABLE search_vocabulary (
  word text PRIMARY KEY,
  documents integer NOT NULL CONSTRAINT search_vocabulary_documents_positive CHECK (documents > 0)
);

CREATE INDEX search_vocabulary_word_trgm ON search_vocabulary USING GIN (word gin_trgm_ops);

`
