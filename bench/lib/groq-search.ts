// The search readers had before the site's own index (#25): GROQ `match` over every post's
// title, excerpt and body, as lib/content/search.ts sent it until then. Kept here, word for
// word, as the baseline bench/search.ts measures the index against; the site no longer runs it.
import { matchPatterns, searchTerms } from '../../lib/search/terms.ts'

const READABLE_POST = `_type == "post" && defined(slug.current) && defined(publishedAt)`
const IMAGE_FIELDS = `alt, crop, hotspot, "asset": asset->{ _id, url }`
const POST_CARD = `
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  excerpt,
  "category": categories[0]->{ title, "slug": slug.current },
  coverImage { ${IMAGE_FIELDS} }
`

export const GROQ_SEARCH_QUERY = `{
  "total": count(*[${READABLE_POST} && [title, excerpt, pt::text(body)] match $terms]),
  "results": *[${READABLE_POST} && [title, excerpt, pt::text(body)] match $terms]
    | score(boost(title match $terms, 3), excerpt match $terms, pt::text(body) match $terms)
    | order(_score desc, publishedAt desc)
    [$start...$end] { ${POST_CARD}, "text": pt::text(body) }
}`

/** The query's parameters for a reader's words, first page of ten. */
export const groqSearchParams = (query: string) => ({
  terms: matchPatterns(searchTerms(query)),
  start: 0,
  end: 10,
})
