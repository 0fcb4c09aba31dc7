import type {
  POST_PAGE_QUERY_RESULT,
  POST_PATHS_QUERY_RESULT,
  RELATED_CANDIDATES_QUERY_RESULT,
  SITE_SETTINGS_QUERY_RESULT,
} from '@/sanity/types'

// Result shapes come from Sanity TypeGen (sanity/types.ts, generated from the schema and the
// queries). The queries only return posts with a slug and a publish date (READABLE_POST in
// sanity/queries.ts), which TypeGen cannot infer from a filter, so those two are narrowed here.
type Readable<T> = Omit<T, 'slug' | 'publishedAt' | 'title'> & {
  slug: string
  publishedAt: string
  title: string
}

export type PostCard = Readable<RELATED_CANDIDATES_QUERY_RESULT[number]>

export type PostPath = Readable<POST_PATHS_QUERY_RESULT[number] & { title: string }>

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
 * always a number of suggested reads (lib/related-reads.ts).
 */
export type SiteSettings = Omit<
  SettingsResult,
  '_updatedAt' | 'siteName' | 'suggestedReads' | 'support'
> & {
  _updatedAt: string | null
  siteName: string
  suggestedReads: number
  support: SupportDetails | null
}
