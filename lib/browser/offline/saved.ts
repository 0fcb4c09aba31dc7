/**
 * The worker's record of what it keeps (stored as JSON beside the copies): the saved
 * articles, the files they use (stylesheet, script, icon, the images at the size the reader
 * saw them), and the offline page. Pure functions, unit tested in saved.test.ts; the worker
 * applies their answers to Cache Storage.
 */

/** At most this many articles, and this many bytes for everything kept, offline page included. */
export const LIMITS = { articles: 30, bytes: 10 * 1024 * 1024 }

export type SavedArticle = {
  /** The article's address, without query or fragment. */
  path: string
  title: string
  /** Its publication date (ISO), when the page says it. */
  published: string | null
  /** When this copy came from the network (ms since 1970). */
  savedAt: number
  /** When the reader last opened it (ms): the oldest opened goes first. */
  openedAt: number
  /** The copy's HTML, bytes as stored. */
  bytes: number
  /** The copy's ETag: the next visit asks the server whether it changed. */
  etag: string | null
  /** Addresses of the files it uses that the worker keeps. */
  files: string[]
}

export type OfflineIndex = {
  version: 1
  articles: SavedArticle[]
  /** The offline page (/offline): its HTML bytes and files; stale after a new worker. */
  shell: { bytes: number; files: string[]; stale: boolean } | null
  /** Every file kept, with its size in bytes. */
  files: Record<string, number>
  /** An editor is previewing (lib/browser/offline/rules.ts `classify`). */
  preview: boolean
}

export function emptyIndex(): OfflineIndex {
  return { version: 1, articles: [], shell: null, files: {}, preview: false }
}

/** An index read back from storage, or an empty one when it is missing or not ours. */
export function parseIndex(text: string | null): OfflineIndex {
  if (!text) return emptyIndex()
  try {
    const value = JSON.parse(text) as Partial<OfflineIndex>
    if (value.version !== 1 || !Array.isArray(value.articles) || typeof value.files !== 'object')
      return emptyIndex()
    return {
      version: 1,
      articles: value.articles,
      shell: value.shell ?? null,
      files: value.files ?? {},
      preview: value.preview === true,
    }
  } catch {
    return emptyIndex()
  }
}

function referenced(index: OfflineIndex): Set<string> {
  const used = new Set<string>(index.shell?.files ?? [])
  for (const article of index.articles) for (const file of article.files) used.add(file)
  return used
}

/** Everything kept, in bytes: articles' HTML, the offline page, and each file once. */
export function totalBytes(index: OfflineIndex): number {
  let total = index.shell?.bytes ?? 0
  for (const article of index.articles) total += article.bytes
  for (const file of referenced(index)) total += index.files[file] ?? 0
  return total
}

export function findArticle(index: OfflineIndex, path: string): SavedArticle | undefined {
  return index.articles.find((article) => article.path === path)
}

/**
 * A new copy of an article: replaces the old one (keeping the images it showed that the new
 * copy still shows, `stillUsed`), or adds it. The caller evicts afterwards.
 */
export function putArticle(
  index: OfflineIndex,
  article: SavedArticle,
  stillUsed: (file: string) => boolean = () => false,
): OfflineIndex {
  const old = findArticle(index, article.path)
  const kept = old
    ? old.files.filter((file) => !article.files.includes(file) && stillUsed(file))
    : []
  const next = { ...article, files: [...article.files, ...kept] }
  return {
    ...index,
    articles: [...index.articles.filter((saved) => saved.path !== article.path), next],
  }
}

/** The reader opened a saved article again: it becomes the newest. */
export function touchArticle(index: OfflineIndex, path: string, now: number): OfflineIndex {
  return {
    ...index,
    articles: index.articles.map((article) =>
      article.path === path ? { ...article, openedAt: now } : article,
    ),
  }
}

/**
 * The server answered 304 for a saved article: the copy is current as of `now`, which the
 * "Saved copy from <date>" notice then shows; it is also the newest opened.
 */
export function confirmArticle(index: OfflineIndex, path: string, now: number): OfflineIndex {
  return {
    ...index,
    articles: index.articles.map((article) =>
      article.path === path ? { ...article, savedAt: now, openedAt: now } : article,
    ),
  }
}

export function removeArticle(index: OfflineIndex, path: string): OfflineIndex {
  return { ...index, articles: index.articles.filter((article) => article.path !== path) }
}

/**
 * A file a page uses: recorded for that article (or the offline page, `path` null), and its
 * size once kept (`bytes`; undefined when only the use is recorded).
 */
export function useFile(
  index: OfflineIndex,
  path: string | null,
  file: string,
  bytes?: number,
): OfflineIndex {
  const files = bytes === undefined ? index.files : { ...index.files, [file]: bytes }
  if (path === null) {
    const shell = index.shell ?? { bytes: 0, files: [], stale: true }
    return {
      ...index,
      files,
      shell: shell.files.includes(file) ? shell : { ...shell, files: [...shell.files, file] },
    }
  }
  return {
    ...index,
    files,
    articles: index.articles.map((article) =>
      article.path === path && !article.files.includes(file)
        ? { ...article, files: [...article.files, file] }
        : article,
    ),
  }
}

/** Whether a page that is kept (an article, or the offline page when `path` is null) uses a file. */
export function isKept(index: OfflineIndex, path: string | null): boolean {
  return path === null ? index.shell !== null : findArticle(index, path) !== undefined
}

export type Eviction = {
  index: OfflineIndex
  /** Articles whose copies are to be deleted, oldest opened first. */
  articles: string[]
  /** Files no kept page uses any more. */
  files: string[]
}

/**
 * Keeps the most recently opened articles within the limits: at most `limits.articles`, and
 * everything kept (files and the offline page included) within `limits.bytes`. The oldest
 * opened go first; then files no remaining page uses are dropped.
 */
export function evict(index: OfflineIndex, limits = LIMITS): Eviction {
  const newestFirst = [...index.articles].sort((a, b) => b.openedAt - a.openedAt)
  let kept = newestFirst.slice(0, Math.max(0, limits.articles))
  let next: OfflineIndex = { ...index, articles: kept }
  while (kept.length > 0 && totalBytes(next) > limits.bytes) {
    kept = kept.slice(0, -1)
    next = { ...next, articles: kept }
  }
  const dropped = newestFirst
    .slice(kept.length)
    .reverse()
    .map((article) => article.path)
  const used = referenced(next)
  const files: string[] = []
  const remaining: Record<string, number> = {}
  for (const [file, bytes] of Object.entries(next.files)) {
    if (used.has(file)) remaining[file] = bytes
    else files.push(file)
  }
  return { index: { ...next, files: remaining }, articles: dropped, files }
}

export type ListedArticle = { path: string; title: string; published: string | null }

/** The offline page's list: newest opened first. */
export function savedList(index: OfflineIndex): ListedArticle[] {
  return [...index.articles]
    .sort((a, b) => b.openedAt - a.openedAt)
    .map(({ path, title, published }) => ({ path, title, published }))
}
