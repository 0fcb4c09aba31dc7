import type {
  POST_PAGE_QUERY_RESULT,
  POST_PATHS_QUERY_RESULT,
  RELATED_CANDIDATES_QUERY_RESULT,
  SITE_SETTINGS_QUERY_RESULT,
} from '@/sanity/types.ts'

// Result shapes come from Sanity TypeGen (sanity/types.ts, generated from the schema and the
// queries), and each read is typed by its query (`read`, source.ts). What TypeGen cannot see
// is what a query's filter guarantees, so that narrowing is named here, once: `Readable`.

/** The fields a readable post always has. */
type ReadableField = 'slug' | 'publishedAt' | 'title'

/**
 * What a query returns, with what its filter guarantees: the posts READABLE_POST lets through
 * (sanity/queries.ts) have a slug and a publish date, and a title (the schema requires one);
 * the categories and authors the sitemap lists have a slug (`defined(slug.current)`). TypeGen
 * types those fields nullable, since it cannot infer anything from a filter. T is one such
 * document as the query projects it, a list of them, or null; only the fields the query
 * projects are narrowed, so a field it does not project stays missing. Apply with
 * `readable()` (source.ts), and only to what such a filter returned.
 */
export type Readable<T> = T extends null
  ? null
  : T extends readonly (infer Item)[]
    ? Array<Readable<Item>>
    : { [Key in keyof T]: Key extends ReadableField ? NonNullable<T[Key]> : T[Key] }

export type PostCard = Readable<RELATED_CANDIDATES_QUERY_RESULT[number]>

export type PostPath = Readable<POST_PATHS_QUERY_RESULT[number]>

/** A search result: a post's card with its plain text, for the excerpt around the match. */
export type SearchResult = PostCard & { text: string }

export type CategoryRef = NonNullable<PostCard['category']>

type PostPageResult = NonNullable<POST_PAGE_QUERY_RESULT>

export type Post = Readable<Omit<PostPageResult, 'picked'>> & { picked: PostCard[] | null }

export type PostBody = NonNullable<Post['body']>

export type PostPage = { post: Post; related: PostCard[] }

type SettingsResult = NonNullable<SITE_SETTINGS_QUERY_RESULT>
type SupportResult = NonNullable<SettingsResult['support']>

/** A remittance service with both a name and a link (half-filled entries are left out). */
export type RemittanceService = { _key: string; name: string; url: string }

export type SupportDetails = Omit<SupportResult, 'services'> & { services: RemittanceService[] }

/**
 * Settings as pages use them: always a site name, even before an editor has set one, and
 * always a number of suggested reads (lib/article/related-reads.ts).
 */
export type SiteSettings = Omit<
  SettingsResult,
  '_updatedAt' | 'siteName' | 'suggestedReads' | 'support' | 'footerLinks'
> & {
  _updatedAt: string | null
  siteName: string
  suggestedReads: number
  support: SupportDetails | null
  footerLinks: FooterLink[]
}

/**
 * A footer link as readers get it, in the editors' order: a label always (the page's title
 * when none is set) and a safe address (a page's own, or an http(s), mailto, tel or site
 * address). Links to a page without an address, and half-filled links, are left out.
 */
export type FooterLink = { _key: string; label: string; href: string }
