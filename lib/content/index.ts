import '@/lib/server-only.ts'

// The one door to content. Pages and components import from here only; behind it, one
// source (the bundled dataset or Sanity's Content Lake) runs the GROQ in sanity/queries.ts.

export type * from './types.ts'
export { tags } from './cache-tags.ts'
export {
  parsePublishEvent,
  STALE_POSTS_LIMIT,
  WEBHOOK_FILTER,
  WEBHOOK_PROJECTION,
  type PublishEvent,
} from '../freshness/webhook-change.ts'
export { pathsForChange } from './stale-paths.ts'
export { findPostPath, getAdjacentPosts, getPostPage, listPostPaths } from './posts.ts'
export { getSiteSettings } from './settings.ts'
export { getPostCardsBySlug } from './most-read.ts'
export { getPage, listPagePaths, type EditorPage, type PagePath } from './pages.ts'
export {
  getAuthorArchive,
  getCategoryArchive,
  getPostArchive,
  listAuthors,
  listCategories,
  type AuthorArchive,
  type AuthorLink,
  type CategoryArchive,
  type CategoryLink,
  type PostArchivePage,
} from './archive.ts'
export {
  getSearchDocument,
  listSearchDocuments,
  searchFingerprint,
  type ContentFingerprint,
  type SearchDocument,
} from './search-documents.ts'
export { getPostSeo, type PostSeo } from './seo.ts'
export { FEED_POST_LIMIT, listFeedPosts, type FeedPost } from './feed.ts'
export { getSitemapChunk, getSitemapPlan } from './sitemap.ts'
export { DUE_POSTS_LIMIT, getNextScheduled, listDuePosts } from './schedule.ts'
