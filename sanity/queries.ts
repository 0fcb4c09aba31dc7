import { defineQuery } from 'groq'

// Every GROQ query the site sends lives here. The bundled dataset (groq-js) and Sanity's
// Content Lake run these exact strings; values always arrive as $params.

/** A post that readers can see: it has a slug and a publish date. */
const READABLE_POST = `_type == "post" && defined(slug.current) && defined(publishedAt)`

const POST_CARD = `
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  excerpt,
  "category": categories[0]->{ title, "slug": slug.current }
`

export const POST_LIST_QUERY = defineQuery(`
  *[${READABLE_POST}] | order(publishedAt desc) [$start...$end] { ${POST_CARD} }
`)

export const POST_PATHS_QUERY = defineQuery(`
  *[${READABLE_POST}] | order(publishedAt desc) [0...$limit] { "slug": slug.current, publishedAt }
`)

export const POST_PATH_BY_SLUG_QUERY = defineQuery(`
  *[${READABLE_POST} && slug.current == $slug][0] { "slug": slug.current, publishedAt }
`)

export const POST_PAGE_QUERY = defineQuery(`
  *[${READABLE_POST} && slug.current == $slug][0] {
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    publishedAt,
    excerpt,
    author->{ name, "slug": slug.current },
    categories[]->{ _id, title, "slug": slug.current },
    body,
    "picked": (related[]->)[${READABLE_POST}] { ${POST_CARD} }
  }
`)

/**
 * Candidates for "Suggested reads": other posts, those sharing the most categories with
 * this one first, newer first among equals. Editor picks are put in front by the caller.
 */
export const RELATED_CANDIDATES_QUERY = defineQuery(`
  *[${READABLE_POST} && _id != $postId]
    | order(count((categories[]._ref)[@ in $categoryIds]) desc, publishedAt desc)
    [0...$limit] { ${POST_CARD} }
`)

export const SITE_SETTINGS_QUERY = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0] {
    _updatedAt,
    siteName,
    tagline,
    description,
    support {
      appeal,
      thankYou,
      tillNumber,
      tillName,
      phoneNumber,
      recipientName,
      services[] { _key, name, url }
    }
  }
`)
