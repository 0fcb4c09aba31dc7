import 'server-only'

// The one door to content. Pages and components import from here only; behind it, one
// source (the bundled dataset or Sanity's Content Lake) runs the GROQ in sanity/queries.ts.

export type * from './types.ts'
export { tags } from './active-source.ts'
export { findPostPath, getPostPage, listPostPaths, listPosts } from './posts.ts'
export { getSiteSettings } from './settings.ts'
