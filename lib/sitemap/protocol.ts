import { isoWithOffset } from '../seo/dates.ts'
import { escapeXml } from '../seo/xml.ts'

// The sitemaps protocol (https://www.sitemaps.org/protocol.html): at most 50,000 URLs (and
// 50 MB) per file; past that, sitemap.xml becomes an index of numbered sitemaps.

export const SITEMAP_URL_LIMIT = 50_000
export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8'

export type SitemapEntry = { url: string; lastModified?: string | null }

/**
 * The kinds of address the sitemap lists, in the order it lists them: the site's own pages
 * (home, support), the editors' pages (About, Privacy…), archives, articles.
 */
export type SectionKind = 'pages' | 'editorPages' | 'categories' | 'authors' | 'posts'

export type SectionCounts = Record<SectionKind, number>

/** A slice [start, end) of one section's entries, as its GROQ query takes it. */
export type SectionSlice = { kind: SectionKind; start: number; end: number }

const ORDER: SectionKind[] = ['pages', 'editorPages', 'categories', 'authors', 'posts']

/** How many sitemap files the site needs: one at least, even with nothing in it. */
export function sitemapCount(counts: SectionCounts, limit: number = SITEMAP_URL_LIMIT): number {
  const total = ORDER.reduce((sum, kind) => sum + Math.max(0, counts[kind]), 0)
  return Math.max(1, Math.ceil(total / limit))
}

/**
 * What sitemap number `index` holds: the sections laid end to end, cut every `limit`
 * addresses. Each slice can be read with one sliced query ([$start...$end]).
 */
export function sitemapSlices(
  counts: SectionCounts,
  index: number,
  limit: number = SITEMAP_URL_LIMIT,
): SectionSlice[] {
  if (!Number.isInteger(index) || index < 0 || index >= sitemapCount(counts, limit)) return []
  const from = index * limit
  const to = from + limit
  const slices: SectionSlice[] = []
  let offset = 0
  for (const kind of ORDER) {
    const count = Math.max(0, counts[kind])
    const start = Math.max(from, offset) - offset
    const end = Math.min(to, offset + count) - offset
    if (end > start) slices.push({ kind, start, end })
    offset += count
  }
  return slices
}

function lastmod(value: string | null | undefined): string {
  return value ? `<lastmod>${isoWithOffset(value)}</lastmod>` : ''
}

export function renderUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeXml(entry.url)}</loc>${lastmod(entry.lastModified)}</url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function renderSitemapIndex(sitemaps: SitemapEntry[]): string {
  const items = sitemaps.map(
    (entry) =>
      `<sitemap><loc>${escapeXml(entry.url)}</loc>${lastmod(entry.lastModified)}</sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`
}

/** /sitemap/0.xml, /sitemap/1.xml, …: the numbered sitemaps behind the index. */
export function sitemapChunkPath(index: number): string {
  return `/sitemap/${index}.xml`
}

/** Reads "3.xml" back to 3; null for anything else. */
export function parseSitemapChunk(file: string): number | null {
  const match = /^(0|[1-9]\d{0,5})\.xml$/.exec(file)
  return match ? Number(match[1]) : null
}
