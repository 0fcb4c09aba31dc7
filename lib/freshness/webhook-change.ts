import { isValidSlug, postPath } from '../addresses/permalink.ts'
import { pageAddress, type PageAddressParts } from '../content/page-address.ts'

// What a publish makes stale, as addresses. Sanity's GROQ-powered webhook sends one change
// (WEBHOOK_PROJECTION below, both sides of it); STALE_PATHS_QUERY (sanity/queries.ts) reads
// what else shows that document; `stalePaths` turns both into the addresses to render again
// (`res.revalidate(path)` in pages/api/revalidate.ts). Pure: no reads here, so the
// stand-in (tools/sanity-stand-in/cli.ts, plain Node) can import the projection too.

/**
 * The webhook's projection (Sanity manage › API › Webhooks › Projection). Both sides of the
 * change: `after()` is null on a delete or unpublish, `before()` on a create. The old
 * address, date, categories and author are what the pages that showed the old version
 * linked to; the new ones are what they link to now. A page's address also holds its
 * parent's slug (`parent`); the settings' footer links name pages (`footerPages`).
 */
export const WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "operation": delta::operation(),
  "slug": after().slug.current,
  "previousSlug": before().slug.current,
  "publishedAt": after().publishedAt,
  "previousPublishedAt": before().publishedAt,
  "categories": after().categories[]._ref,
  "previousCategories": before().categories[]._ref,
  "author": after().author._ref,
  "previousAuthor": before().author._ref,
  "parent": after().parent._ref,
  "previousParent": before().parent._ref,
  "footerPages": after().footerLinks[].page._ref,
  "previousFooterPages": before().footerLinks[].page._ref
}`

/** The webhook's filter: the types whose changes show on the site. */
export const WEBHOOK_FILTER = '_type in ["post", "page", "siteSettings", "author", "category"]'

/**
 * How many posts' pages one change refreshes at once, newest first: the posts in a changed
 * category or by a changed author, and the posts picking a changed post as a suggested
 * read. Older ones wait for the pages' time-based revalidation (docs/architecture.md).
 */
export const STALE_POSTS_LIMIT = 200

/** One change, read from the webhook body. Fields an older projection lacks are null / []. */
export type PublishEvent = {
  _type: string
  _id: string | null
  operation: 'create' | 'update' | 'delete' | null
  slug: string | null
  previousSlug: string | null
  publishedAt: string | null
  previousPublishedAt: string | null
  categories: string[]
  previousCategories: string[]
  author: string | null
  previousAuthor: string | null
  /** A page's parent page (its id), after and before the change. */
  parent: string | null
  previousParent: string | null
  /** The pages the settings' footer links to (their ids), after and before the change. */
  footerPages: string[]
  previousFooterPages: string[]
}

/** A post's address parts as STALE_PATHS_QUERY returns them (null when it has none). */
type Dated = { slug: string | null; publishedAt: string | null } | null

/** What STALE_PATHS_QUERY found; see its comment in sanity/queries.ts. */
export type StaleFound = {
  post:
    | (NonNullable<Dated> & {
        categories: Array<string | null> | null
        author: string | null
        older: Dated
        newer: Dated
      })
    | null
  previousOlder: Dated
  previousNewer: Dated
  pickers: Array<NonNullable<Dated>>
  archives: Array<{ _type: string; slug: string | null }>
  subject: { _type: string; slug: string | null; posts: Array<NonNullable<Dated>> } | null
  /** The changed page as it is now (null once deleted or unpublished). */
  page: PageAddressParts | null
  /** The pages under the changed page. */
  children: Array<{ slug: string | null }>
  /** Pages named by id in the change (parents, footer pages before it), as they are now. */
  pages: Array<PageAddressParts & { _id: string }>
  /** The footer's pages now, when the settings or a page the footer links to changed. */
  footer: { pages: Array<PageAddressParts | null> | null } | null
}

/** The answer for a change no query is needed for (settings, unknown types). */
export const NOTHING_FOUND: StaleFound = {
  post: null,
  previousOlder: null,
  previousNewer: null,
  pickers: [],
  archives: [],
  subject: null,
  page: null,
  children: [],
  pages: [],
  footer: null,
}

/** Document types STALE_PATHS_QUERY has anything to say about. */
const QUERIED_TYPES = new Set(['post', 'page', 'category', 'author', 'siteSettings'])

export function needsStalePathsQuery(event: PublishEvent): boolean {
  return QUERIED_TYPES.has(event._type)
}

/** The GROQ params of STALE_PATHS_QUERY for one change: every one always set (null or []). */
export function stalePathsParams(event: PublishEvent) {
  return {
    type: event._type,
    id: event._id,
    slug: event.slug ?? event.previousSlug,
    previousPublishedAt: event.previousPublishedAt,
    refIds: unique([
      ...event.categories,
      ...event.previousCategories,
      ...[event.author, event.previousAuthor, event.parent, event.previousParent].filter(isText),
      ...event.footerPages,
      ...event.previousFooterPages,
    ]),
    limit: STALE_POSTS_LIMIT,
  }
}

/**
 * The addresses a change makes stale, unique and sorted. A post: its address before and
 * after, the home page, its categories' and author's first archive pages (old and new), the
 * articles either side of it by date before and after (their previous/next links name it),
 * and the articles picking it as a suggested read. Settings: the home and support pages.
 * A category or author: its first archive page (old and new slug), the home page and the
 * newest STALE_POSTS_LIMIT posts that name it.
 * A post's slug alone (/slug) too: it answers with a 308 to the post, or 404, cached (ISR);
 * and the feed and sitemap (POST_LISTING_ROUTES).
 * A page: its address before and after (parent included) and its children's under its old
 * and new slug. The footer is on every page; a change to it (the settings, or a page the
 * footer links to: its title is the link's label) refreshes the home and support pages and
 * the pages the footer links to, before and after, the ones readers reach from it. Other
 * pages show the new footer within READER_REVALIDATE_SECONDS (docs/architecture.md).
 */
export function stalePaths(event: PublishEvent, found: StaleFound): string[] {
  const paths: Array<string | null> = []
  switch (event._type) {
    case 'siteSettings':
      paths.push('/', '/support', ...footerPaths(found))
      // The footer's pages before the change (one the editor took out shows it no more).
      paths.push(...event.previousFooterPages.map((id) => pageById(found, id)))
      break
    case 'page': {
      const page = pageAddress(found.page)
      const slugs = [event.slug, event.previousSlug, found.page?.slug]
      paths.push(
        page,
        // The address before and after, each under the parent it had then (its slug now).
        topOrChild(event.slug, event.parent, found),
        topOrChild(event.previousSlug, event.previousParent, found),
        ...found.children.flatMap((child) => slugs.map((slug) => childPath(slug, child.slug))),
      )
      if (found.footer) paths.push('/', '/support', ...footerPaths(found))
      break
    }
    case 'post': {
      const { post } = found
      const newDate = post?.publishedAt ?? event.publishedAt
      paths.push(
        '/',
        articlePath(event.slug, event.publishedAt),
        // An older projection sends no dates: the address is the post's as it is now.
        articlePath(event.previousSlug, event.previousPublishedAt ?? newDate),
        articlePath(post?.slug, post?.publishedAt),
        ...[post?.older, post?.newer, found.previousOlder, found.previousNewer].map((p) =>
          articlePath(p?.slug, p?.publishedAt),
        ),
        ...found.pickers.map((p) => articlePath(p.slug, p.publishedAt)),
        ...found.archives.map((a) => archivePath(a._type, a.slug)),
        ...(post?.categories ?? []).map((slug) => archivePath('category', slug)),
        archivePath('author', post?.author),
        // /slug: its redirect to the article (or 404), old and new.
        ...[event.slug, event.previousSlug, post?.slug].map(slugRedirectPath),
        // The feed and the sitemap list every post (a scheduled one from its moment).
        ...POST_LISTING_ROUTES,
      )
      break
    }
    case 'category':
    case 'author': {
      const subject = found.subject?._type === event._type ? found.subject : null
      paths.push(
        '/',
        archivePath(event._type, event.slug),
        archivePath(event._type, event.previousSlug),
        archivePath(event._type, subject?.slug),
        ...(subject?.posts ?? []).map((p) => articlePath(p.slug, p.publishedAt)),
      )
      break
    }
  }
  return unique(paths.filter(isText)).sort()
}

/** The App Router routes that list posts (the sitemap's own chunks past 50,000 wait). */
export const POST_LISTING_ROUTES = ['/feed', '/feed.xml', '/sitemap.xml']

/**
 * The App Router addresses a publish names (the feed, the sitemap, an article's share image),
 * rendered again whether or not they are cached yet: for such a route Next.js 16.4 answers an
 * `unstable_onlyGenerated` revalidation of an uncached address with a 404 and then logs an
 * invariant error; rendering one is cheap, and it is what its next reader would get.
 */
export function rendersWhenUncached(path: string): boolean {
  return POST_LISTING_ROUTES.includes(path) || /\/opengraph-image(-[a-z0-9]+)?$/.test(path)
}

function articlePath(slug: string | null | undefined, publishedAt: string | null | undefined) {
  if (!slug || !publishedAt || !isValidSlug(slug) || !isDate(publishedAt)) return null
  return postPath({ slug, publishedAt })
}

function slugRedirectPath(slug: string | null | undefined) {
  return slug && isValidSlug(slug) ? `/${slug}` : null
}

/** The address a page had or has: /slug, or /parent/slug with its parent's slug now. */
function topOrChild(slug: string | null, parentId: string | null, found: StaleFound) {
  if (!parentId)
    return pageAddress({ slug, hasParent: false, parentSlug: null, hasGrandparent: false })
  return childPath(found.pages.find((page) => page._id === parentId)?.slug, slug)
}

function childPath(parentSlug: string | null | undefined, slug: string | null | undefined) {
  return pageAddress({
    slug: slug ?? null,
    hasParent: true,
    parentSlug: parentSlug ?? null,
    hasGrandparent: false,
  })
}

function pageById(found: StaleFound, id: string) {
  return pageAddress(found.pages.find((page) => page._id === id))
}

function footerPaths(found: StaleFound) {
  return (found.footer?.pages ?? []).map(pageAddress)
}

function archivePath(type: string, slug: string | null | undefined) {
  if (!slug || !isValidSlug(slug)) return null
  if (type === 'category') return `/category/${slug}`
  if (type === 'author') return `/author/${slug}`
  return null
}

/**
 * Reads the webhook body; null when it is not a change Sanity could have sent. Tolerant:
 * a body from an older projection (`_type`, `slug`, `previousSlug` only) still reads, and
 * a field of the wrong shape is dropped rather than refusing the change.
 */
export function parsePublishEvent(body: unknown): PublishEvent | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const field = (name: string): unknown =>
    Object.hasOwn(body, name) ? (body as Record<string, unknown>)[name] : undefined
  const type = field('_type')
  if (typeof type !== 'string' || type.length === 0 || type.length > 100) return null
  const operation = field('operation')
  return {
    _type: type,
    _id: documentId(field('_id')),
    operation:
      operation === 'create' || operation === 'update' || operation === 'delete' ? operation : null,
    slug: slugText(field('slug')),
    previousSlug: slugText(field('previousSlug')),
    publishedAt: dateText(field('publishedAt')),
    previousPublishedAt: dateText(field('previousPublishedAt')),
    categories: documentIds(field('categories')),
    previousCategories: documentIds(field('previousCategories')),
    author: documentId(field('author')),
    previousAuthor: documentId(field('previousAuthor')),
    parent: documentId(field('parent')),
    previousParent: documentId(field('previousParent')),
    footerPages: documentIds(field('footerPages')),
    previousFooterPages: documentIds(field('previousFooterPages')),
  }
}

/**
 * A slug arrives as "text" or as Sanity's { current: "text" }. Text with a lone surrogate
 * (`"\ud800"`, valid JSON) is dropped: it cannot be part of an address.
 */
function slugText(value: unknown): string | null {
  const text =
    typeof value === 'object' && value !== null ? (value as { current?: unknown }).current : value
  return typeof text === 'string' && text.length > 0 && text.length <= 200 && text.isWellFormed()
    ? text
    : null
}

/** A Sanity document id (what the Content Lake accepts: at most 128 of these characters). */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

function documentId(value: unknown): string | null {
  return typeof value === 'string' && DOCUMENT_ID.test(value) ? value : null
}

/** References by id; a list longer than any document holds is not from Sanity. */
function documentIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > 100) return []
  return unique(value.map(documentId).filter(isText))
}

/** A datetime as Sanity stores it (ISO 8601); anything Date cannot read is dropped. */
function dateText(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 40 && isDate(value) ? value : null
}

const isDate = (value: string) => !Number.isNaN(Date.parse(value))
const isText = (value: string | null | undefined): value is string => Boolean(value)
const unique = <T>(values: T[]) => [...new Set(values)]
