import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import {
  parseSitemapChunk,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_URL_LIMIT,
  sitemapCount,
  sitemapSlices,
  type SectionCounts,
} from './protocol.ts'

const counts = (
  posts: number,
  categories = 5,
  authors = 1,
  pages = 2,
  editorPages = 0,
): SectionCounts => ({
  pages,
  editorPages,
  categories,
  authors,
  posts,
})

describe('sitemapCount', () => {
  it('needs one sitemap up to 50,000 addresses, and one more for each 50,000 after', () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000)
    expect(sitemapCount(counts(0, 0, 0, 0))).toBe(1)
    expect(sitemapCount(counts(8))).toBe(1)
    expect(sitemapCount(counts(50_000 - 8))).toBe(1) // exactly 50,000
    expect(sitemapCount(counts(50_000 - 7))).toBe(2) // 50,001
    expect(sitemapCount(counts(100_000 - 8))).toBe(2)
    expect(sitemapCount(counts(100_000 - 7))).toBe(3)
  })
})

describe('sitemapSlices', () => {
  it('puts everything in the one sitemap of a small site', () => {
    expect(sitemapSlices(counts(8), 0)).toEqual([
      { kind: 'pages', start: 0, end: 2 },
      { kind: 'categories', start: 0, end: 5 },
      { kind: 'authors', start: 0, end: 1 },
      { kind: 'posts', start: 0, end: 8 },
    ])
    expect(sitemapSlices(counts(8), 1)).toEqual([])
  })

  it("lists the editors' pages after the site's own, before the archives", () => {
    expect(sitemapSlices(counts(8, 5, 1, 2, 3), 0)).toEqual([
      { kind: 'pages', start: 0, end: 2 },
      { kind: 'editorPages', start: 0, end: 3 },
      { kind: 'categories', start: 0, end: 5 },
      { kind: 'authors', start: 0, end: 1 },
      { kind: 'posts', start: 0, end: 8 },
    ])
  })

  it('cuts the posts where a sitemap fills, and carries on in the next', () => {
    const big = counts(120_000) // 2 + 5 + 1 + 120,000 = 120,008 addresses
    expect(sitemapCount(big)).toBe(3)
    expect(sitemapSlices(big, 0)).toEqual([
      { kind: 'pages', start: 0, end: 2 },
      { kind: 'categories', start: 0, end: 5 },
      { kind: 'authors', start: 0, end: 1 },
      { kind: 'posts', start: 0, end: 49_992 },
    ])
    expect(sitemapSlices(big, 1)).toEqual([{ kind: 'posts', start: 49_992, end: 99_992 }])
    expect(sitemapSlices(big, 2)).toEqual([{ kind: 'posts', start: 99_992, end: 120_000 }])
    expect(sitemapSlices(big, 3)).toEqual([])
  })

  it('covers every address exactly once, with no sitemap over the limit', () => {
    for (const [total, limit] of [
      [0, 7],
      [1, 7],
      [7, 7],
      [8, 7],
      [103, 10],
      [1_000, 3],
    ] as const) {
      const sections = counts(total, 4, 3, 2, 5)
      const seen = new Map<string, number>()
      for (let index = 0; index < sitemapCount(sections, limit); index++) {
        const slices = sitemapSlices(sections, index, limit)
        const size = slices.reduce((sum, slice) => sum + slice.end - slice.start, 0)
        expect(size).toBeLessThanOrEqual(limit)
        expect(size).toBeGreaterThan(0)
        for (const slice of slices) {
          for (let i = slice.start; i < slice.end; i++) {
            const key = `${slice.kind}:${i}`
            seen.set(key, (seen.get(key) ?? 0) + 1)
          }
        }
      }
      expect(seen.size).toBe(total + 4 + 3 + 2 + 5)
      expect([...seen.values()].every((times) => times === 1)).toBe(true)
    }
  })

  it('has nothing for a sitemap number that does not exist', () => {
    expect(sitemapSlices(counts(8), -1)).toEqual([])
    expect(sitemapSlices(counts(8), 0.5)).toEqual([])
  })
})

describe('parseSitemapChunk', () => {
  it('reads /sitemap/<n>.xml file names, nothing else', () => {
    expect(parseSitemapChunk('0.xml')).toBe(0)
    expect(parseSitemapChunk('12.xml')).toBe(12)
    for (const bad of ['01.xml', '-1.xml', '1', '1.xml.gz', 'a.xml', '1.5.xml', '9999999.xml']) {
      expect(parseSitemapChunk(bad)).toBeNull()
    }
  })
})

describe('rendering', () => {
  it('writes a urlset with escaped addresses and lastmod with an offset', () => {
    const xml = renderUrlset([
      { url: 'https://nabado.co.ke/a?x=1&y=2', lastModified: '2026-02-28T06:00:00Z' },
      { url: 'https://nabado.co.ke/b' },
    ])
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain(
      '<url><loc>https://nabado.co.ke/a?x=1&amp;y=2</loc><lastmod>2026-02-28T09:00:00+03:00</lastmod></url>',
    )
    expect(xml).toContain('<url><loc>https://nabado.co.ke/b</loc></url>')
  })

  it('writes a sitemap index', () => {
    const xml = renderSitemapIndex([{ url: 'https://nabado.co.ke/sitemap/0.xml' }])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<sitemap><loc>https://nabado.co.ke/sitemap/0.xml</loc></sitemap>')
  })

  it('reads back through an XML parser', () => {
    const entries = [
      { url: 'https://nabado.co.ke/', lastModified: '2026-02-28T06:00:00Z' },
      { url: 'https://nabado.co.ke/a?x=1&y=<2>', lastModified: null },
    ]
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(
      renderUrlset(entries),
    ) as { urlset: { url: Array<{ loc: string; lastmod?: string }> } }
    expect(parsed.urlset.url).toEqual([
      { loc: 'https://nabado.co.ke/', lastmod: '2026-02-28T09:00:00+03:00' },
      { loc: 'https://nabado.co.ke/a?x=1&y=<2>' },
    ])
  })
})
