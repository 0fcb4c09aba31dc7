import 'server-only'
import path from 'node:path'
import { cache } from 'react'
import {
  POST_LIST_QUERY,
  POST_PAGE_QUERY,
  POST_PATH_BY_SLUG_QUERY,
  POST_PATHS_QUERY,
  RELATED_CANDIDATES_QUERY,
  SITE_SETTINGS_QUERY,
} from '@/sanity/queries.ts'
import { contentSourceConfig } from '@/lib/env/server.ts'
import { rankRelatedReads, RELATED_READS_LIMIT } from '@/lib/related-reads.ts'
import { safeHref } from '@/lib/safe-url.ts'
import type { SITE_SETTINGS_QUERY_RESULT } from '@/sanity/types.ts'
import { createBundledFileSource } from './bundled-source.ts'
import { createSanitySource } from './sanity-source.ts'
import type { ContentSource } from './source.ts'
import type { Post, PostCard, PostPage, PostPath, SiteSettings } from './types.ts'

export type * from './types.ts'

/** The bundled dataset shipped with the site, used when no Sanity project is configured. */
const BUNDLED_DATASET = path.join(process.cwd(), 'sanity', 'dataset', 'production.ndjson')

const source: ContentSource =
  contentSourceConfig.kind === 'sanity'
    ? createSanitySource(contentSourceConfig)
    : createBundledFileSource(contentSourceConfig.datasetFile ?? BUNDLED_DATASET)

export const contentSourceKind = source.kind

/** Cache tags: what a read depends on, named so a publish can refresh exactly that. */
export const tags = {
  posts: 'posts',
  post: (slug: string) => `post:${slug}`,
  settings: 'settings',
} as const

export async function listPosts({ page = 1, perPage = 10 } = {}): Promise<PostCard[]> {
  const start = (page - 1) * perPage
  return source.fetch<PostCard[]>(POST_LIST_QUERY, { start, end: start + perPage }, [tags.posts])
}

/** The newest posts' addresses, for prerendering at build time. */
export async function listPostPaths(limit = 1000): Promise<PostPath[]> {
  return source.fetch<PostPath[]>(POST_PATHS_QUERY, { limit }, [tags.posts])
}

export async function findPostPath(slug: string): Promise<PostPath | null> {
  return source.fetch<PostPath | null>(POST_PATH_BY_SLUG_QUERY, { slug }, [tags.post(slug)])
}

/** An article with its suggested reads; null when no readable post has this slug. */
export const getPostPage = cache(async (slug: string): Promise<PostPage | null> => {
  const post = await source.fetch<Post | null>(POST_PAGE_QUERY, { slug }, [tags.post(slug)])
  if (!post) return null
  const candidates = await source.fetch<PostCard[]>(
    RELATED_CANDIDATES_QUERY,
    {
      postId: post._id,
      categoryIds: (post.categories ?? []).map((category) => category._id),
      // Enough to fill the list even if every editor pick is among the candidates.
      limit: RELATED_READS_LIMIT * 2,
    },
    [tags.posts],
  )
  return { post, related: rankRelatedReads(post._id, post.picked ?? [], candidates) }
})

const DEFAULT_SITE_NAME = 'Nabado'

/** Settings as pages use them: a site name always, and only complete remittance links. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const settings = await source.fetch<SITE_SETTINGS_QUERY_RESULT>(SITE_SETTINGS_QUERY, {}, [
    tags.settings,
  ])
  const support = settings?.support
  return {
    _updatedAt: settings?._updatedAt ?? null,
    siteName: settings?.siteName || DEFAULT_SITE_NAME,
    tagline: settings?.tagline ?? null,
    description: settings?.description ?? null,
    support: support
      ? {
          ...support,
          services: (support.services ?? []).flatMap(({ _key, name, url }) => {
            const href = safeHref(url)
            return name && href ? [{ _key, name, url: href }] : []
          }),
        }
      : null,
  }
})
