import '@/lib/server-only.ts'
import { cache } from 'react'
import { pagePath, parsePagePath } from '@/lib/addresses/page-slugs.ts'
import { PAGE_PATHS_QUERY, PAGE_QUERY } from '@/sanity/queries.ts'
import type { PAGE_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'
import { pageAddress } from './page-address.ts'
import { read } from './source.ts'

// Editors' pages (About, Contact, Privacy…) at /<slug> and /<parent>/<slug>. The address
// rules are lib/addresses/page-slugs.ts's: a slug that would shadow one of the site's routes, or a
// number (dated article addresses), is never read, never listed, never linked.

type PageResult = NonNullable<PAGE_QUERY_RESULT>

/** A page as its route renders it: always a title and a slug, a body (maybe empty). */
export type EditorPage = Omit<PageResult, 'title' | 'slug' | 'body'> & {
  title: string
  slug: string
  body: NonNullable<PageResult['body']>
  /** Its address: /about, or /about/team. */
  path: string
}

/** A page's address, for prerendering and the sitemap. */
export type PagePath = { path: string; slug: string; parentSlug: string | null }

/**
 * The page at /<slug> (`parentSlug` null: a top-level page only) or /<parentSlug>/<slug> (a
 * child of that very parent, itself top-level), or null. An address no page may have
 * (lib/addresses/page-slugs.ts: a route of the site, a number) is null without a read.
 */
export const getPage = cache(
  async (slug: string, parentSlug: string | null = null): Promise<EditorPage | null> => {
    const requested = parsePagePath(parentSlug === null ? [slug] : [parentSlug, slug])
    if (!requested) return null
    const found = await read(source, PAGE_QUERY, requested, [tags.pages])
    if (!found?.slug) return null
    return {
      ...found,
      title: found.title?.trim() || found.slug,
      slug: found.slug,
      body: found.body ?? [],
      path: pagePath(requested),
    }
  },
)

/** Every page that has an address (top-level first, then children), up to `limit`. */
export async function listPagePaths(limit = 1000): Promise<PagePath[]> {
  const pages = await read(source, PAGE_PATHS_QUERY, { limit }, [tags.pages])
  const paths = pages.flatMap((page) => {
    const path = pageAddress(page)
    return path && page.slug
      ? [{ path, slug: page.slug, parentSlug: page.hasParent ? page.parentSlug : null }]
      : []
  })
  return paths.sort(
    (a, b) =>
      Number(a.parentSlug !== null) - Number(b.parentSlug !== null) || a.path.localeCompare(b.path),
  )
}
