import '@/lib/server-only.ts'
import {
  SITEMAP_AUTHORS_QUERY,
  SITEMAP_CATEGORIES_QUERY,
  SITEMAP_COUNTS_QUERY,
  SITEMAP_PAGES_QUERY,
  SITEMAP_POSTS_QUERY,
} from '@/sanity/queries.ts'
import type {
  SITEMAP_CATEGORIES_QUERY_RESULT,
  SITEMAP_COUNTS_QUERY_RESULT,
  SITEMAP_POSTS_QUERY_RESULT,
} from '@/sanity/types.ts'
import { postPath } from '@/lib/addresses/permalink.ts'
import { latest } from '@/lib/seo/dates.ts'
import {
  sitemapCount,
  sitemapSlices,
  type SectionCounts,
  type SectionSlice,
  type SitemapEntry,
} from '@/lib/sitemap/protocol.ts'
import { absoluteUrl, authorPath, categoryPath } from '@/lib/seo/site.ts'
import { source, tags } from './active-source.ts'
import { pageAddress } from './page-address.ts'
import { read, readable } from './source.ts'
import type { Readable } from './types.ts'

// Reads for sitemap.xml. Editors' pages, posts, categories and authors are each read a slice at a time
// ([$start...$end]), so a sitemap of 50,000 addresses never loads the whole dataset.
// Categories and authors are listed only when they have a readable post, like their pages;
// editors' pages only when they have an address (lib/content/page-address.ts).

// Author and category edits revalidate `posts` (lib/freshness/webhook-change.ts).
const SITEMAP_TAGS = [tags.posts, tags.settings, tags.pages]

export type SitemapCounts = SITEMAP_COUNTS_QUERY_RESULT

export async function getSitemapCounts(): Promise<SitemapCounts> {
  return read(source, SITEMAP_COUNTS_QUERY, {}, SITEMAP_TAGS)
}

export type SitemapPost = Readable<SITEMAP_POSTS_QUERY_RESULT[number]>

export async function listSitemapPosts(start: number, end: number): Promise<SitemapPost[]> {
  return readable(await read(source, SITEMAP_POSTS_QUERY, { start, end }, SITEMAP_TAGS))
}

/**
 * The editors' pages in [start, end), each with its address and last edit. A page the query
 * counts but the site would not serve (a slug lib/addresses/page-slugs.ts refuses, which the Studio
 * warns about) is left out, so a slice may hold fewer than end - start.
 */
export async function listSitemapPages(start: number, end: number): Promise<SitemapEntry[]> {
  const pages = await read(source, SITEMAP_PAGES_QUERY, { start, end }, SITEMAP_TAGS)
  return pages.flatMap((page) => {
    const path = pageAddress(page)
    return path ? [{ url: absoluteUrl(path), lastModified: page._updatedAt ?? null }] : []
  })
}

/** A category or author with a slug, and when it or its newest-edited post last changed. */
export type SitemapArchive = Omit<
  Readable<SITEMAP_CATEGORIES_QUERY_RESULT[number]>,
  '_updatedAt'
> & {
  // Missing in exports that never went through the Content Lake (the bundled dataset).
  _updatedAt: string | null
}

export async function listSitemapCategories(start: number, end: number): Promise<SitemapArchive[]> {
  return readable(await read(source, SITEMAP_CATEGORIES_QUERY, { start, end }, SITEMAP_TAGS))
}

export async function listSitemapAuthors(start: number, end: number): Promise<SitemapArchive[]> {
  return readable(await read(source, SITEMAP_AUTHORS_QUERY, { start, end }, SITEMAP_TAGS))
}

/** The site's own pages, first in the sitemap. */
function pageEntries(counts: SitemapCounts): SitemapEntry[] {
  return [
    {
      url: absoluteUrl('/'),
      lastModified: latest(counts.postsUpdatedAt, counts.settingsUpdatedAt),
    },
    { url: absoluteUrl('/support'), lastModified: counts.settingsUpdatedAt },
  ]
}

function sectionCounts(counts: SitemapCounts): SectionCounts {
  return {
    pages: pageEntries(counts).length,
    editorPages: counts.pages,
    categories: counts.categories,
    authors: counts.authors,
    posts: counts.posts,
  }
}

async function readSlice(counts: SitemapCounts, slice: SectionSlice): Promise<SitemapEntry[]> {
  const { start, end } = slice
  switch (slice.kind) {
    case 'pages':
      return pageEntries(counts).slice(start, end)
    case 'editorPages':
      return listSitemapPages(start, end)
    case 'categories':
      return (await listSitemapCategories(start, end)).map((category) => ({
        url: absoluteUrl(categoryPath(category.slug)),
        lastModified: latest(category._updatedAt, category.postsUpdatedAt),
      }))
    case 'authors':
      return (await listSitemapAuthors(start, end)).map((author) => ({
        url: absoluteUrl(authorPath(author.slug)),
        lastModified: latest(author._updatedAt, author.postsUpdatedAt),
      }))
    case 'posts':
      return (await listSitemapPosts(start, end)).map((post) => ({
        url: absoluteUrl(postPath(post)),
        lastModified: latest(post._updatedAt, post.publishedAt),
      }))
  }
}

/** How many numbered sitemaps the site needs (1 means sitemap.xml lists everything). */
export async function getSitemapPlan(): Promise<{ chunks: number; lastModified: string | null }> {
  const counts = await getSitemapCounts()
  return {
    chunks: sitemapCount(sectionCounts(counts)),
    lastModified: latest(counts.postsUpdatedAt, counts.settingsUpdatedAt, counts.pagesUpdatedAt),
  }
}

/** The addresses in sitemap number `index`; null when there is no such sitemap. */
export async function getSitemapChunk(index: number): Promise<SitemapEntry[] | null> {
  const counts = await getSitemapCounts()
  const sections = sectionCounts(counts)
  if (index >= sitemapCount(sections)) return null
  const slices = sitemapSlices(sections, index)
  return (await Promise.all(slices.map((slice) => readSlice(counts, slice)))).flat()
}
