import { describe, expect, it } from 'vitest'
import {
  confirmArticle,
  emptyIndex,
  evict,
  findArticle,
  isKept,
  LIMITS,
  parseIndex,
  putArticle,
  removeArticle,
  savedList,
  totalBytes,
  touchArticle,
  useFile,
  type OfflineIndex,
  type SavedArticle,
} from './saved.ts'

const CSS = 'https://nabado.co.ke/_next/static/chunks/site.css'
const SCRIPT = 'https://nabado.co.ke/enhance/enhance.0123456789.js'

function article(n: number, extra: Partial<SavedArticle> = {}): SavedArticle {
  return {
    path: `/2026/01/${String((n % 28) + 1).padStart(2, '0')}/article-${n}`,
    title: `Article ${n}`,
    published: `2026-01-01T08:00:00+03:00`,
    savedAt: 1000 + n,
    openedAt: 1000 + n,
    bytes: 50_000,
    etag: `"etag-${n}"`,
    files: [CSS, SCRIPT],
    ...extra,
  }
}

/** An index with articles 1..n opened in that order, sharing the stylesheet and script. */
function withArticles(n: number, extra: (i: number) => Partial<SavedArticle> = () => ({})) {
  let index: OfflineIndex = { ...emptyIndex(), files: { [CSS]: 30_000, [SCRIPT]: 5_000 } }
  for (let i = 1; i <= n; i++) index = putArticle(index, article(i, extra(i)))
  return index
}

describe('evict', () => {
  it('keeps the last 30 opened and drops the oldest opened first', () => {
    const index = withArticles(33)
    const { index: kept, articles } = evict(index)
    expect(kept.articles).toHaveLength(LIMITS.articles)
    expect(articles).toEqual([article(1).path, article(2).path, article(3).path])
    expect(findArticle(kept, article(33).path)).toBeDefined()
    expect(findArticle(kept, article(4).path)).toBeDefined()
  })

  it('goes by when the reader last opened an article, not when it was saved', () => {
    let index = withArticles(31)
    index = touchArticle(index, article(1).path, 5000) // read again today
    const { articles } = evict(index)
    expect(articles).toEqual([article(2).path])
  })

  it('keeps everything within 10 MB, the offline page and shared files included', () => {
    // 30 articles of 400 KB: 12 MB with the files; the oldest go until 10 MB is reached.
    const index = withArticles(30, () => ({ bytes: 400_000 }))
    const before = totalBytes(index)
    expect(before).toBe(30 * 400_000 + 35_000)
    const { index: kept, articles } = evict(index)
    expect(totalBytes(kept)).toBeLessThanOrEqual(LIMITS.bytes)
    // 10 MB = 10,485,760: 26 articles (10,435,000 bytes) fit, a 27th does not.
    expect(kept.articles).toHaveLength(26)
    expect(articles).toEqual([1, 2, 3, 4].map((n) => article(n).path))
  })

  it('counts a file two articles share once', () => {
    const index = withArticles(2)
    expect(totalBytes(index)).toBe(2 * 50_000 + 30_000 + 5_000)
  })

  it('drops files no kept page uses, and keeps those a kept page still uses', () => {
    const image1 = 'https://nabado.co.ke/_next/image?url=%2Fdataset-images%2Fa.webp&w=640&q=60'
    const image2 = 'https://nabado.co.ke/_next/image?url=%2Fdataset-images%2Fb.webp&w=640&q=60'
    let index = withArticles(31)
    index = useFile(index, article(1).path, image1, 20_000)
    index = useFile(index, article(2).path, image2, 20_000)
    index = useFile(index, article(31).path, image2)
    const { index: kept, files } = evict(index)
    expect(files).toEqual([image1])
    expect(kept.files[image2]).toBe(20_000)
    expect(kept.files[CSS]).toBe(30_000)
  })

  it('keeps the offline page and its files whatever happens to the articles', () => {
    let index = withArticles(3)
    index = { ...index, shell: { bytes: 9_000, files: [CSS], stale: false } }
    const { index: kept, files } = evict(index, { articles: 0, bytes: LIMITS.bytes })
    expect(kept.articles).toEqual([])
    expect(kept.shell).toEqual({ bytes: 9_000, files: [CSS], stale: false })
    expect(files).toEqual([SCRIPT])
  })

  it('drops even the newest article when it alone is over the limit', () => {
    const index = withArticles(1, () => ({ bytes: 11 * 1024 * 1024 }))
    expect(evict(index).index.articles).toEqual([])
  })

  it('changes nothing within the limits', () => {
    const index = withArticles(30)
    const result = evict(index)
    expect(result.articles).toEqual([])
    expect(result.files).toEqual([])
    expect(result.index.articles).toHaveLength(30)
  })
})

describe('putArticle', () => {
  it('replaces an article’s copy, keeping the images the new copy still shows', () => {
    const shown = 'https://nabado.co.ke/_next/image?url=%2Fdataset-images%2Fa.webp&w=640&q=60'
    const gone = 'https://nabado.co.ke/_next/image?url=%2Fdataset-images%2Fgone.webp&w=640&q=60'
    let index = withArticles(1)
    index = useFile(index, article(1).path, shown, 1)
    index = useFile(index, article(1).path, gone, 1)
    index = putArticle(
      index,
      article(1, { title: 'Changed', savedAt: 9_000 }),
      (file) => file === shown,
    )
    expect(index.articles).toHaveLength(1)
    expect(findArticle(index, article(1).path)).toMatchObject({
      title: 'Changed',
      savedAt: 9_000,
      files: [CSS, SCRIPT, shown],
    })
  })
})

describe('confirmArticle', () => {
  it('makes a copy the server says is current as good as new, and the newest opened', () => {
    const index = confirmArticle(withArticles(2), article(1).path, 9_000)
    expect(findArticle(index, article(1).path)).toMatchObject({ savedAt: 9_000, openedAt: 9_000 })
    expect(findArticle(index, article(2).path)).toMatchObject({ savedAt: 1002, openedAt: 1002 })
    expect(evict(index, { articles: 1, bytes: LIMITS.bytes }).articles).toEqual([article(2).path])
  })
})

describe('useFile and isKept', () => {
  it('records a file for an article or for the offline page, once', () => {
    let index = withArticles(1)
    const image = 'https://cdn.sanity.io/images/p/d/a-10x10.jpg?w=80'
    index = useFile(index, article(1).path, image, 123)
    index = useFile(index, article(1).path, image)
    expect(findArticle(index, article(1).path)?.files).toEqual([CSS, SCRIPT, image])
    expect(index.files[image]).toBe(123)
    index = useFile(index, null, CSS)
    expect(index.shell?.files).toEqual([CSS])
    expect(isKept(index, article(1).path)).toBe(true)
    expect(isKept(index, '/2026/01/01/never-saved')).toBe(false)
    expect(isKept(emptyIndex(), null)).toBe(false)
  })

  it('records nothing for an article that is not kept', () => {
    const index = useFile(withArticles(1), '/2026/01/01/never-saved', CSS)
    expect(index.articles.map((a) => a.files)).toEqual([[CSS, SCRIPT]])
  })
})

describe('savedList', () => {
  it('lists the saved articles, last opened first, with their titles and dates', () => {
    let index = withArticles(3)
    index = touchArticle(index, article(1).path, 9_999)
    index = removeArticle(index, article(2).path)
    expect(savedList(index)).toEqual([
      { path: article(1).path, title: 'Article 1', published: article(1).published },
      { path: article(3).path, title: 'Article 3', published: article(3).published },
    ])
  })
})

describe('parseIndex', () => {
  it('reads back what was stored, and starts afresh from anything else', () => {
    const index = withArticles(2)
    expect(parseIndex(JSON.stringify(index))).toEqual(index)
    for (const text of [null, '', 'not json', '{"version":2}', '[]', 'null', '{"version":1}'])
      expect(parseIndex(text), String(text)).toEqual(emptyIndex())
  })
})
