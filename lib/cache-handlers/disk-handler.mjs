// @ts-check
// The default ISR cache handler (handler.mjs, without REDIS_URL): Next.js's own file-system
// cache, except that a 404 for an address that never had a page, and a Sanity answer that
// found nothing (a made-up slug, a search with no hits), are kept in memory only.
//
// Why: the routes with params (/category/x, /author/x, /YYYY/MM/DD/x, /sitemap/x.xml) render
// unknown addresses on demand, and Next.js writes every answer to disk, the 404s included.
// Bots asking for made-up addresses would then fill the disk without bound (one run of the
// hostile-input corpus wrote 1,068 files, 16.5 MB; see docs/security.md). Real pages are still
// prerendered and written as before. A 404 is still written where a page was on disk (a post
// unpublished or deleted), so an older 200 can never come back from the disk after a restart.
// In memory, 404s share Next.js's LRU cache, bounded by `cacheMaxMemorySize` (50 MB).
// The same holds for Next.js's data cache (kind FETCH, one file per distinct query and
// parameters): each made-up slug or search term wrote a file of its empty answer (53 files
// per corpus run), so those stay in memory too, unless that query's file is already on disk
// (it once found something), which is then overwritten as before.
//
// Plain JavaScript: Next.js loads this file as is, at build and at run time. It extends a
// Next.js internal (pinned version); e2e/sanity-mode/cache-growth.spec.ts checks the
// behaviour on the built site, so an upgrade that changes it fails the tests. Type-checked
// (`// @ts-check`) against Next.js's own types of that class, but for the private members it
// uses, whose types Next.js does not publish (`FileSystemCacheInternals` below).

import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { emptySanityAnswer } from './rules.mjs'

const require = createRequire(import.meta.url)
const {
  default: FileSystemCache,
} = require('next/dist/server/lib/incremental-cache/file-system-cache.js')

/** @typedef {import('next/dist/server/response-cache/types').IncrementalCacheKind} IncrementalCacheKind */
/**
 * The arguments of Next.js's `FileSystemCache.set`. Next.js 16.4 also passes the route's
 * kind in `ctx` (response-cache/index.js `getCacheContext`), which its types leave out.
 * @typedef {import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} FileSystemCacheClass
 * @typedef {Parameters<FileSystemCacheClass['set']>[1]} SetData
 * @typedef {Parameters<FileSystemCacheClass['set']>[2] & { kind?: `${IncrementalCacheKind}` }} SetContext
 */
/**
 * What this class uses of FileSystemCache that Next.js's types declare private, untyped:
 * whether it writes to disk, its file system, and the file a key of a kind is written to.
 * @typedef {object} FileSystemCacheInternals
 * @property {boolean | undefined} flushToDisk
 * @property {import('next/dist/shared/lib/utils').CacheFs} fs
 * @property {(name: string, kind: `${IncrementalCacheKind}`) => string} getFilePath
 */

/**
 * @param {FileSystemCacheClass} cache
 * @returns {FileSystemCacheInternals}
 */
const internalsOf = (cache) =>
  /** @type {FileSystemCacheInternals} */ (/** @type {unknown} */ (cache))

/** Next.js keys rendered answers `/route-cache/<kind>/<hash>/$/<path>`; the build's copy is `<path>`. */
const ROUTE_PATH_MARKER = '/$/'

/**
 * The names an address's render may have on disk: the run-time key, and the build's copy.
 * @param {string} key
 */
function diskNames(key) {
  const marker = key.indexOf(ROUTE_PATH_MARKER)
  return [key, ...(marker === -1 ? [] : [key.slice(marker + 2)])]
}

export default class DiskCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {SetData} data
   * @param {SetContext} ctx
   */
  async set(key, data, ctx) {
    // A reader page (Pages Router) that now finds nothing (a post unpublished or deleted) is
    // stored as null, which Next.js keeps in memory and never writes: its earlier copy on
    // disk, rendered at run time or at build time, would be served again after a restart. So
    // that copy goes. (An address that never had a page has nothing on disk: nothing grows.)
    if (data === null && ctx?.kind === 'PAGES') this.forgetPageOnDisk(key)
    const notFound =
      (data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') && data.status === 404 ? data : null
    const nothingFound = data?.kind === 'FETCH' && emptySanityAnswer(data.data)
    // Kept in memory only when nothing for this key is on disk that it must replace.
    const inMemoryOnly = nothingFound
      ? !this.onDisk(key, 'FETCH')
      : notFound !== null && !this.hasPageOnDisk(key, notFound.kind)
    return inMemoryOnly ? this.setInMemoryOnly(key, data, ctx) : super.set(key, data, ctx)
  }

  /**
   * @param {string} key
   * @param {SetData} data
   * @param {SetContext} ctx
   */
  setInMemoryOnly(key, data, ctx) {
    // FileSystemCache.set stores in memory, then returns before writing when flushToDisk is
    // off; it reads the flag synchronously, before its first await, so no other call sees it.
    const internals = internalsOf(this)
    const flushToDisk = internals.flushToDisk
    internals.flushToDisk = false
    try {
      return super.set(key, data, ctx)
    } finally {
      internals.flushToDisk = flushToDisk
    }
  }

  /**
   * Whether the cache has a file of this name and kind on disk.
   * @param {string} name
   * @param {`${IncrementalCacheKind}`} kind
   */
  onDisk(name, kind) {
    const internals = internalsOf(this)
    try {
      return internals.fs.existsSync(internals.getFilePath(name, kind))
    } catch {
      // A path Next.js refuses to write (a NUL, a name too long) has nothing on disk.
      return false
    }
  }

  /**
   * Whether this address has a rendered answer on disk, at run time or from the build.
   * @param {string} key
   * @param {'APP_PAGE' | 'APP_ROUTE'} kind
   */
  hasPageOnDisk(key, kind) {
    const suffix = kind === 'APP_ROUTE' ? '.body' : '.html'
    return diskNames(key).some((candidate) => this.onDisk(`${candidate}${suffix}`, kind))
  }

  /**
   * Removes a Pages Router page's files (HTML, props, meta), run-time and build copies.
   * @param {string} key
   */
  forgetPageOnDisk(key) {
    const internals = internalsOf(this)
    for (const name of diskNames(key)) {
      for (const suffix of ['.html', '.json', '.meta']) {
        try {
          rmSync(internals.getFilePath(`${name}${suffix}`, 'PAGES'), { force: true })
        } catch {
          // A path Next.js refuses (a NUL, a name too long) has nothing on disk.
        }
      }
    }
  }
}
