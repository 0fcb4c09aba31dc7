/**
 * Names the service worker (lib/browser/offline/sw.ts), the enhancement script (lib/browser/enhance/) and the
 * tests share. Plain constants: this module runs in the worker, in pages and in Node.
 */

/** Where the worker is served; its scope is the whole site. */
export const WORKER_PATH = '/sw.js'

/** The reader page the worker keeps for answering addresses it has no copy of. */
export const OFFLINE_PATH = '/offline'

/**
 * Cache Storage names. The version is the storage format's, not the build's: saved articles
 * survive a deploy. Any other cache named `nabado-…` is an old format and is deleted.
 */
export const CACHE_PREFIX = 'nabado-'
export const PAGES_CACHE = 'nabado-pages-v1'
export const FILES_CACHE = 'nabado-files-v1'
export const META_CACHE = 'nabado-meta-v1'
export const CACHES = [PAGES_CACHE, FILES_CACHE, META_CACHE]

/** The key the worker's index (lib/browser/offline/saved.ts) is stored under in META_CACHE. */
export const INDEX_KEY = '/__nabado-offline/index.json'

/**
 * Sent by the server (lib/http/security-headers.ts) on every answer to a request that carries a
 * draft-mode or preview cookie. A worker cannot read cookies (they are HttpOnly), so this is
 * how it learns that an editor is previewing: it then keeps nothing and answers nothing from
 * its copies until a page comes back without it.
 */
export const PREVIEW_HEADER = 'Nabado-Preview'

/**
 * Added by the enhancement script to an image address when the reader taps "load this
 * image" (the worker lets exactly that request through, then strips the parameter), and
 * when it asks the worker to keep an image the first page showed before the worker existed.
 */
export const LOAD_PARAM = 'nabado-load'
export const COPY_PARAM = 'nabado-copy'

/**
 * Same-origin addresses of article images, covers and thumbnails: Next.js's optimiser and
 * the bundled dataset's files (the image CDN's are cross-origin: lib/browser/offline/rules.ts).
 */
export function isContentImagePath(pathname: string): boolean {
  return pathname === '/_next/image' || pathname.startsWith('/dataset-images/')
}

/** An address with one of the markers above added. */
export function withParam(address: string, param: string): string {
  const url = new URL(address)
  url.searchParams.set(param, '1')
  return url.href
}

/** Messages between pages and the worker. */
export type PageMessage = {
  /** A page the worker did not control (the first visit) tells it what it showed. */
  type: 'seen'
  /** location.pathname + search */
  path: string
}

export type WorkerMessage =
  /** The worker answered this image without the network (data saving, or offline). */
  | { type: 'skipped'; url: string }
  /** The worker kept a copy of this page (answer to 'seen'). */
  | { type: 'saved'; path: string }
