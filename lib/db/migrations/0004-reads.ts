// What readers read (#26, lib/reads/): one row per article and Nairobi day with the number of
// reads counted that day. Nothing about the reader: no address, no user agent, no time finer
// than the day. Never edit a migration once it has shipped: add the next.
export const name = '0004-reads'

// The article is its slug (the permalink's last part, unique among posts): the Studio, the
// home page and the endpoint all know it. The day is the calendar day in Africa/Nairobi, the
// site's time zone, worked out by the caller. `count` is bigint: a popular article read for
// years does not overflow. The primary key is the (slug, day) the upsert conflicts on; the
// second index serves "most read since day X", which scans by day.
export const sql = /* sql */ `
CREATE TABLE article_reads (
  slug text NOT NULL CONSTRAINT article_reads_slug_length CHECK (char_length(slug) BETWEEN 1 AND 200),
  day date NOT NULL,
  count bigint NOT NULL CONSTRAINT article_reads_count_positive CHECK (count > 0),
  CONSTRAINT article_reads_pkey PRIMARY KEY (slug, day)
);

CREATE INDEX article_reads_day ON article_reads (day);
`
