import { defineQuery } from 'groq'

// Every GROQ query the site sends lives here. The bundled dataset (groq-js) and Sanity's
// Content Lake run these exact strings; values always arrive as $params.

/**
 * A post's publish date has come. `now()` is the moment the query runs (groq-js: the
 * `timestamp` the bundled source passes; Content Lake: the API's clock, see
 * docs/architecture.md "Scheduled posts"). A published post dated later is *scheduled*: no
 * reader read finds it until then. Editors' previews read with this term taken out
 * (lib/content/sanity-source.ts), so a scheduled post shows as it will look.
 */
export const PUBLISH_DATE_REACHED = `dateTime(publishedAt) <= dateTime(now())`

/** A post that readers can see: it has a slug and a publish date, and that date has come. */
const READABLE_POST = `_type == "post" && defined(slug.current) && defined(publishedAt) && ${PUBLISH_DATE_REACHED}`

/** A published post whose date is still to come: readers see it from that moment. */
const SCHEDULED_POST = `_type == "post" && defined(slug.current) && defined(publishedAt) && dateTime(publishedAt) > dateTime(now())`

/**
 * An image field for the page: the editor's alt, crop and hotspot, and the asset's id (which
 * holds its size) and address. A missing asset document or an un-uploaded placeholder
 * gives a null asset, which renders nothing (lib/images/resolve.ts).
 */
const IMAGE_FIELDS = `alt, crop, hotspot, "asset": asset->{ _id, url }`

/**
 * A body (posts and pages alike) as the page renders it: every block as stored, inline images
 * with their asset's id and address.
 */
const BODY = `body[] { ..., _type == "inlineImage" => { ${IMAGE_FIELDS}, caption } }`

const POST_CARD = `
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  excerpt,
  "category": categories[0]->{ title, "slug": slug.current },
  coverImage { ${IMAGE_FIELDS} }
`

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
    coverImage { ${IMAGE_FIELDS} },
    ${BODY},
    "picked": (related[]->)[${READABLE_POST}] { ${POST_CARD} }
  }
`)

/**
 * The articles either side of one, by publish date: the next older and the next newer (ties
 * on the date broken by _id, so every post has exactly one of each, or none at the ends).
 */
export const ADJACENT_POSTS_QUERY = defineQuery(`{
  "older": *[${READABLE_POST} && (publishedAt < $publishedAt || (publishedAt == $publishedAt && _id < $postId))]
    | order(publishedAt desc, _id desc) [0] { ${POST_CARD} },
  "newer": *[${READABLE_POST} && (publishedAt > $publishedAt || (publishedAt == $publishedAt && _id > $postId))]
    | order(publishedAt asc, _id asc) [0] { ${POST_CARD} }
}`)

/**
 * Candidates for "Suggested reads": other posts, those sharing the most categories with
 * this one first, newer first among equals. Editor picks are put in front by the caller.
 */
export const RELATED_CANDIDATES_QUERY = defineQuery(`
  *[${READABLE_POST} && _id != $postId]
    | order(count((categories[]._ref)[@ in $categoryIds]) desc, publishedAt desc)
    [0...$limit] { ${POST_CARD} }
`)

// Editors' pages (About, Privacy…): /<slug>, or /<parent>/<slug> under a top-level page.
// The address rules (reserved slugs, numbers) are lib/addresses/page-slugs.ts's, applied by the callers
// (lib/content/page-address.ts); GROQ cannot run them.

/** A page with a slug (published: the perspective leaves drafts out). */
const READABLE_PAGE = `_type == "page" && defined(slug.current)`

/**
 * What a page's address is made of. A parent that is not there (unpublished, deleted) or is
 * itself under another page leaves the page without an address: `hasParent` tells a child
 * whose parent is missing from a top-level page.
 */
const PAGE_ADDRESS = `"slug": slug.current, "hasParent": defined(parent), "parentSlug": parent->slug.current, "hasGrandparent": defined(parent->parent)`

/** A page that has an address: top-level, or under a readable top-level page. */
const ADDRESSED_PAGE = `${READABLE_PAGE} && (!defined(parent) || (defined(parent->slug.current) && !defined(parent->parent)))`

/**
 * The page at /$slug ($parentSlug null: a top-level page only) or /$parentSlug/$slug (a
 * child of that very parent, which must itself be top-level).
 */
export const PAGE_QUERY = defineQuery(`
  *[${READABLE_PAGE} && slug.current == $slug && (
    ($parentSlug == null && !defined(parent))
    || ($parentSlug != null && parent->slug.current == $parentSlug && !defined(parent->parent))
  )][0] {
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    seoTitle,
    seoDescription,
    "parent": parent->{ title, "slug": slug.current },
    ${BODY}
  }
`)

/** Every page's address parts, for prerendering (the caller keeps those with an address). */
export const PAGE_PATHS_QUERY = defineQuery(`
  *[${ADDRESSED_PAGE}] | order(_id asc) [0...$limit] { ${PAGE_ADDRESS} }
`)

export const SITE_SETTINGS_QUERY = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0] {
    _updatedAt,
    siteName,
    tagline,
    description,
    suggestedReads,
    footerLinks[] {
      _key,
      label,
      href,
      "page": page->{ title, ${PAGE_ADDRESS} }
    },
    support {
      appeal,
      thankYou,
      tillNumber,
      tillName,
      showMonthlyTotal,
      phoneNumber,
      recipientName,
      services[] { _key, name, url }
    }
  }
`)

// Finding: category and author archives, the home page's pages, and search.

/** A post in the category whose _id is in scope one level up (`^`). */
const IN_CATEGORY = `${READABLE_POST} && ^._id in categories[]._ref`

/** A post by the author whose _id is in scope one level up (`^`). */
const BY_AUTHOR = `${READABLE_POST} && author._ref == ^._id`

/** Categories that have at least one readable post, for the footer and prerendering. */
export const CATEGORY_LIST_QUERY = defineQuery(`
  *[_type == "category" && defined(slug.current) && count(*[${IN_CATEGORY}]) > 0]
    | order(lower(title) asc) { _id, title, "slug": slug.current }
`)

/** One page of a category's posts, newest first, with the count the pagination needs. */
export const CATEGORY_ARCHIVE_QUERY = defineQuery(`
  *[_type == "category" && slug.current == $slug][0] {
    _id,
    title,
    "slug": slug.current,
    description,
    "total": count(*[${IN_CATEGORY}]),
    "posts": *[${IN_CATEGORY}] | order(publishedAt desc) [$start...$end] { ${POST_CARD} }
  }
`)

/** Authors with at least one readable post, for prerendering their pages. */
export const AUTHOR_LIST_QUERY = defineQuery(`
  *[_type == "author" && defined(slug.current) && count(*[${BY_AUTHOR}]) > 0]
    | order(lower(name) asc) { _id, name, "slug": slug.current }
`)

/** One page of an author's posts, newest first, with the count the pagination needs. */
export const AUTHOR_ARCHIVE_QUERY = defineQuery(`
  *[_type == "author" && slug.current == $slug][0] {
    _id,
    name,
    "slug": slug.current,
    bio,
    "total": count(*[${BY_AUTHOR}]),
    "posts": *[${BY_AUTHOR}] | order(publishedAt desc) [$start...$end] { ${POST_CARD} }
  }
`)

/**
 * The cards of the readable posts with these slugs, in no order: the home page's "Most read
 * this week" (#26), whose slugs and order come from the site's database (lib/reads/).
 */
export const POST_CARDS_BY_SLUG_QUERY = defineQuery(`
  *[${READABLE_POST} && slug.current in $slugs] { ${POST_CARD} }
`)

/** One page of every post, newest first (the home page and /page/<n>), and the count. */
export const POST_ARCHIVE_QUERY = defineQuery(`{
  "total": count(*[${READABLE_POST}]),
  "posts": *[${READABLE_POST}] | order(publishedAt desc) [$start...$end] { ${POST_CARD} }
}`)

/**
 * What the search index (lib/search/index/) keeps of a post: its card, its headings' text and
 * its body's, each field weighted apart there. Every readable post, for a full (re)index.
 */
export const SEARCH_DOCUMENTS_QUERY = defineQuery(`
  *[${READABLE_POST}] | order(publishedAt desc) {
    ${POST_CARD},
    _updatedAt,
    "headings": pt::text(body[style in ["h2", "h3", "h4"]]),
    "text": pt::text(body)
  }
`)

/** One post for the index, after the publish webhook named it; null when not readable. */
export const SEARCH_DOCUMENT_QUERY = defineQuery(`
  *[${READABLE_POST} && _id == $id][0] {
    ${POST_CARD},
    _updatedAt,
    "headings": pt::text(body[style in ["h2", "h3", "h4"]]),
    "text": pt::text(body)
  }
`)

/**
 * The readable posts in three numbers, cheaply: how many, the newest change among them, and
 * the sum of every post's last change (in whole seconds since 1970). The index works out the
 * same three from its rows (each keeps its post's `_updatedAt`): any post added, changed,
 * removed or unpublished without this instance hearing of it (a webhook another instance
 * got, a new bundled dataset, an import) makes them differ, and the index is built again.
 */
export const SEARCH_FINGERPRINT_QUERY = defineQuery(`{
  "count": count(*[${READABLE_POST}]),
  "latest": *[${READABLE_POST}] | order(_updatedAt desc) [0]._updatedAt,
  "seconds": math::sum(*[${READABLE_POST}] {
    "s": round(dateTime(_updatedAt) - dateTime("1970-01-01T00:00:00Z"))
  }.s)
}`)

// Search engines, share previews and feed readers (lib/seo/).

/** What an article's metadata, structured data and share image need, and no body. */
export const POST_SEO_QUERY = defineQuery(`
  *[${READABLE_POST} && slug.current == $slug][0] {
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    publishedAt,
    excerpt,
    seoTitle,
    seoDescription,
    author->{ name, "slug": slug.current },
    "category": categories[0]->{ title, "slug": slug.current },
    coverImage { alt, crop, hotspot, asset, "url": asset->url }
  }
`)

/** The newest posts in full, for the RSS feed; inline images carry their CDN address. */
export const FEED_POSTS_QUERY = defineQuery(`
  *[${READABLE_POST}] | order(publishedAt desc) [0...$limit] {
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    publishedAt,
    excerpt,
    "author": author->name,
    "categories": categories[]->title,
    body[] { ..., _type == "inlineImage" => { "url": asset->url } }
  }
`)

const SITEMAP_CATEGORY = `_type == "category" && defined(slug.current) && count(*[${READABLE_POST} && ^._id in categories[]._ref]) > 0`
const SITEMAP_AUTHOR = `_type == "author" && defined(slug.current) && count(*[${READABLE_POST} && author._ref == ^._id]) > 0`

/** How many addresses of each kind the sitemap lists, and when the home page last changed. */
export const SITEMAP_COUNTS_QUERY = defineQuery(`{
  "posts": count(*[${READABLE_POST}]),
  "categories": count(*[${SITEMAP_CATEGORY}]),
  "authors": count(*[${SITEMAP_AUTHOR}]),
  "pages": count(*[${ADDRESSED_PAGE}]),
  "pagesUpdatedAt": *[${ADDRESSED_PAGE}] | order(_updatedAt desc) [0]._updatedAt,
  "postsUpdatedAt": *[${READABLE_POST}] | order(_updatedAt desc) [0]._updatedAt,
  "settingsUpdatedAt": *[_type == "siteSettings" && _id == "siteSettings"][0]._updatedAt
}`)

export const SITEMAP_POSTS_QUERY = defineQuery(`
  *[${READABLE_POST}] | order(publishedAt desc, _id asc) [$start...$end] {
    "slug": slug.current,
    publishedAt,
    _updatedAt
  }
`)

export const SITEMAP_PAGES_QUERY = defineQuery(`
  *[${ADDRESSED_PAGE}] | order(_id asc) [$start...$end] { ${PAGE_ADDRESS}, _updatedAt }
`)

/** A category changes when it is edited or when one of its posts is. */
export const SITEMAP_CATEGORIES_QUERY = defineQuery(`
  *[${SITEMAP_CATEGORY}] | order(slug.current asc) [$start...$end] {
    "slug": slug.current,
    _updatedAt,
    "postsUpdatedAt": *[${READABLE_POST} && ^._id in categories[]._ref] | order(_updatedAt desc) [0]._updatedAt
  }
`)

/** An author's page changes when the author is edited or when one of their posts is. */
export const SITEMAP_AUTHORS_QUERY = defineQuery(`
  *[${SITEMAP_AUTHOR}] | order(slug.current asc) [$start...$end] {
    "slug": slug.current,
    _updatedAt,
    "postsUpdatedAt": *[${READABLE_POST} && author._ref == ^._id] | order(_updatedAt desc) [0]._updatedAt
  }
`)

// The publish webhook (lib/content/stale-paths.ts): what else shows a changed document.

/**
 * Everything a change makes stale besides the document's own address. `$id` is the changed
 * document's (an older webhook body without one: the document of `$type` with `$slug`).
 * - post: the post as it is now (null once deleted or unpublished) with its category and
 *   author slugs and the articles either side of it by date; the articles that were either
 *   side of it at `$previousPublishedAt`; the articles picking it as a suggested read.
 * - archives: slugs of the categories and authors in `$refIds` (the post's, before and after).
 * - subject (a category or author): its slug now and its newest posts.
 * - page: the page as it is now (its address parts); children: the pages under it (their
 *   addresses hold its slug); pages: the pages in `$refIds` (a page's old and new parent, the
 *   settings' footer pages before the change), by id.
 * - footer: the pages the footer links to now, when the change is to the settings or to a
 *   page the footer links (every page shows the footer; see lib/freshness/webhook-change.ts).
 * Post lists stop at `$limit`, newest first. Neighbours break date ties by _id, as
 * ADJACENT_POSTS_QUERY does.
 */
export const STALE_PATHS_QUERY = defineQuery(`{
  "id": coalesce($id, *[_type == $type && slug.current == $slug][0]._id)
} {
  "post": *[${READABLE_POST} && $type == "post" && _id == ^.id][0] {
    "slug": slug.current,
    publishedAt,
    "categories": categories[]->slug.current,
    "author": author->slug.current,
    "older": *[${READABLE_POST} && (publishedAt < ^.publishedAt || (publishedAt == ^.publishedAt && _id < ^._id))]
      | order(publishedAt desc, _id desc) [0] { "slug": slug.current, publishedAt },
    "newer": *[${READABLE_POST} && (publishedAt > ^.publishedAt || (publishedAt == ^.publishedAt && _id > ^._id))]
      | order(publishedAt asc, _id asc) [0] { "slug": slug.current, publishedAt }
  },
  "previousOlder": *[${READABLE_POST} && $type == "post" && _id != ^.id
      && (publishedAt < $previousPublishedAt || (publishedAt == $previousPublishedAt && _id < ^.id))]
    | order(publishedAt desc, _id desc) [0] { "slug": slug.current, publishedAt },
  "previousNewer": *[${READABLE_POST} && $type == "post" && _id != ^.id
      && (publishedAt > $previousPublishedAt || (publishedAt == $previousPublishedAt && _id > ^.id))]
    | order(publishedAt asc, _id asc) [0] { "slug": slug.current, publishedAt },
  "pickers": *[${READABLE_POST} && $type == "post" && ^.id in related[]._ref]
    | order(publishedAt desc, _id asc) [0...$limit] { "slug": slug.current, publishedAt },
  "archives": *[_type in ["category", "author"] && _id in $refIds] { _type, "slug": slug.current },
  "subject": *[_type in ["category", "author"] && _type == $type && _id == ^.id][0] {
    _type,
    "slug": slug.current,
    "posts": *[${READABLE_POST} && (^._id in categories[]._ref || author._ref == ^._id)]
      | order(publishedAt desc, _id asc) [0...$limit] { "slug": slug.current, publishedAt }
  },
  "page": *[_type == "page" && $type == "page" && _id == ^.id][0] { ${PAGE_ADDRESS} },
  "children": *[_type == "page" && $type == "page" && parent._ref == ^.id]
    | order(_id asc) [0...$limit] { "slug": slug.current },
  "pages": *[_type == "page" && _id in $refIds] { _id, ${PAGE_ADDRESS} },
  "footer": *[_type == "siteSettings" && _id == "siteSettings"
      && ($type == "siteSettings" || ($type == "page" && ^.id in footerLinks[].page._ref))][0] {
    "pages": footerLinks[].page->{ ${PAGE_ADDRESS} }
  }
}`)

// Scheduled posts (lib/freshness/schedule.ts): when the next one comes due, and which came.

/** The soonest publish date still to come (null when nothing is scheduled). */
export const NEXT_SCHEDULED_QUERY = defineQuery(`
  *[${SCHEDULED_POST}] | order(publishedAt asc) [0].publishedAt
`)

/**
 * The posts whose publish date came after `$since` and has now passed, soonest first, as the
 * publish webhook's projection names a post (lib/freshness/webhook-change.ts): the timer
 * sends each to /api/revalidate, which refreshes the pages a publish would.
 */
export const DUE_POSTS_QUERY = defineQuery(`
  *[${READABLE_POST} && dateTime(publishedAt) > dateTime($since)]
    | order(publishedAt asc) [0...$limit] {
    _id,
    _type,
    "slug": slug.current,
    publishedAt,
    "categories": categories[]._ref,
    "author": author._ref
  }
`)
