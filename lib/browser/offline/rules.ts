/**
 * Which requests the service worker (lib/browser/offline/sw.ts) handles, and how: pure functions of
 * the request's facts, unit tested in rules.test.ts. docs/architecture.md ("Offline reading
 * and data saving") says the same in prose.
 */
import { parsePermalink } from '../../addresses/permalink.ts'
import { isReaderPath } from '../../addresses/preview.ts'
import { addressOf, segmentsWhereAll } from '../../addresses/table.ts'
import {
  COPY_PARAM,
  isContentImagePath,
  LOAD_PARAM,
  OFFLINE_PATH,
  PREVIEW_HEADER,
  WORKER_PATH,
} from './names.ts'

/** How long an opened article waits for the network before its saved copy is shown. */
export const NETWORK_TIMEOUT_MS = 3000

/** What the worker does with a request. */
export type Route =
  /** Steps aside: no respondWith, the browser does exactly what it does without a worker. */
  | { kind: 'skip' }
  /** An article (/YYYY/MM/DD/slug): network first (3 s), then its saved copy. */
  | { kind: 'article'; path: string }
  /** Another reader page: the network; the offline page when the network fails. */
  | { kind: 'page' }
  /** /offline: the offline page with the saved list, from the worker. */
  | { kind: 'offline' }
  /**
   * A file a page needs: cache first. Build files are named by their content, so their copy
   * is good forever; the site icon keeps its name, so its copy is good for `maxAgeMs`.
   */
  | { kind: 'file'; maxAgeMs?: number }
  /**
   * An article image, cover or thumbnail: cache first; never the network when the reader
   * saves data, unless `load` (the reader tapped that image); `copy`: only from the
   * browser's own cache (an image the first page showed before the worker existed).
   */
  | { kind: 'image'; load: boolean; copy: boolean }
  /** An editor is previewing: pages from the network only, nothing kept or answered. */
  | { kind: 'preview' }

export type RequestFacts = {
  method: string
  url: string
  /** Request.mode: 'navigate' for a page the reader opens. */
  mode: string
  /** Request.destination: 'document', 'image', 'style', 'script', … */
  destination: string
}

export type WorkerContext = {
  /** The site's origin (the worker's). */
  origin: string
  /** Origins of the image CDN (Sanity's, SANITY_IMAGE_HOST): their images are article images. */
  imageOrigins: readonly string[]
  /** The worker has seen the preview marker (PREVIEW_HEADER) more recently than its absence. */
  preview: boolean
}

/**
 * Never handled, whatever else holds: the addresses the table says readers' caches may not
 * keep (the Studio, APIs, editors' preview, framework data), and any address under a first
 * segment that holds only such addresses (/api/anything).
 */
const NEVER_SEGMENTS = segmentsWhereAll((address) => !address.readerCachesMayKeep)

export function workerLeavesAlone(pathname: string): boolean {
  if (NEVER_SEGMENTS.has(pathname.split('/')[1] ?? '')) return true
  return addressOf(pathname)?.readerCachesMayKeep === false
}

/** Build files whose name changes with their content, so a kept copy is never stale. */
const IMMUTABLE_FILE = /^\/(?:_next\/static\/|enhance\/enhance\.[0-9a-f]+\.js$)/

/**
 * The site icon: Chromium asks for it on every page and it is served with max-age=0, which
 * costs about 1.9 KB a page view; a copy a day old at most is answered instead. Other files
 * that keep their name (the manifest, the logo) are left to the browser.
 */
export const ICON_PATH = '/icon.svg'
export const ICON_MAX_AGE_MS = 24 * 3600 * 1000

export function isArticlePath(pathname: string): boolean {
  const parts = pathname.split('/')
  if (parts.length !== 5 || parts[0] !== '') return false
  const [, year = '', month = '', day = '', slug = ''] = parts
  return parsePermalink({ year, month, day, slug }) !== null
}

export function classify(request: RequestFacts, context: WorkerContext): Route {
  const skip: Route = { kind: 'skip' }
  if (request.method !== 'GET') return skip
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return skip
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return skip
  const navigation = request.mode === 'navigate'
  const sameOrigin = url.origin === context.origin

  // An editor previewing: the worker keeps out of the way. It still watches page answers
  // (from the network only) to notice when preview has ended.
  if (context.preview) return navigation && sameOrigin ? { kind: 'preview' } : skip

  if (!sameOrigin) {
    // Cross-origin: only the image CDN's article images, never anything else.
    return request.destination === 'image' && context.imageOrigins.includes(url.origin)
      ? imageRoute(url)
      : skip
  }
  const path = url.pathname
  if (workerLeavesAlone(path) || path === WORKER_PATH) return skip
  // App Router requests (RSC payloads, prefetches) never come from reader pages.
  if (url.searchParams.has('_rsc')) return skip

  if (navigation) {
    if (path === OFFLINE_PATH) return { kind: 'offline' }
    if (isArticlePath(path)) return { kind: 'article', path }
    return isReaderPath(path) ? { kind: 'page' } : skip
  }
  if (request.destination === 'image' && isContentImagePath(path)) return imageRoute(url)
  if (IMMUTABLE_FILE.test(path)) return { kind: 'file' }
  if (path === ICON_PATH) return { kind: 'file', maxAgeMs: ICON_MAX_AGE_MS }
  return skip
}

function imageRoute(url: URL): Route {
  return {
    kind: 'image',
    load: url.searchParams.has(LOAD_PARAM),
    copy: url.searchParams.has(COPY_PARAM),
  }
}

/** Whether a kept copy (its `Date` header) is still good for a file route's `maxAgeMs`. */
export function fresh(date: string | null, maxAgeMs: number | undefined, now: number): boolean {
  if (maxAgeMs === undefined) return true
  const at = date ? Date.parse(date) : NaN
  return Number.isFinite(at) && now - at < maxAgeMs
}

/** An image address without the enhancement script's markers: what is fetched and kept. */
export function withoutMarkers(address: string): string {
  const url = new URL(address)
  if (!url.searchParams.has(LOAD_PARAM) && !url.searchParams.has(COPY_PARAM)) return address
  url.searchParams.delete(LOAD_PARAM)
  url.searchParams.delete(COPY_PARAM)
  return url.href
}

/**
 * The image an address shows, whatever its size: Next.js's optimiser (`/_next/image?url=…`)
 * by its `url`, an image CDN by its path (Sanity's path names the asset; the query sizes
 * and crops it). Lets the worker answer a width it has not kept with one it has, offline.
 */
export function imageKey(address: string): string {
  const url = new URL(address)
  if (url.pathname === '/_next/image')
    return `${url.origin}/_next/image?url=${url.searchParams.get('url') ?? ''}`
  return url.origin + url.pathname
}

/**
 * What of an image address appears in a page's HTML (srcset or src), to tell whether a new
 * copy of an article still shows an image the old one did: the optimiser's encoded `url=`
 * parameter, or the CDN path.
 */
export function imageSource(address: string): string {
  const url = new URL(address)
  if (url.pathname === '/_next/image')
    return `url=${encodeURIComponent(url.searchParams.get('url') ?? '')}`
  return url.pathname
}

/** The save-data preference from a request's `Save-Data` header (RFC 8674: "on"). */
export function wantsSaveData(header: string | null, workerSaveData: boolean): boolean {
  return workerSaveData || (header ?? '').trim().toLowerCase() === 'on'
}

/** The parts of a response the storing rule looks at. */
export type ResponseFacts = {
  status: number
  /** Response.type: 'basic' (same-origin), 'cors', 'opaque', 'opaqueredirect', … */
  type: string
  headers: { get(name: string): string | null }
}

/**
 * Whether a response may be kept: a complete, readable 200 that HTTP itself lets a cache
 * keep, and not one made for an editor. `no-store`/`private` answers (per-request pages,
 * draft mode) and anything carrying the preview marker are never stored.
 */
export function storable(response: ResponseFacts): boolean {
  if (response.status !== 200) return false
  if (response.type !== 'basic' && response.type !== 'cors' && response.type !== 'default')
    return false
  if (response.headers.get(PREVIEW_HEADER) !== null) return false
  const cacheControl = (response.headers.get('Cache-Control') ?? '').toLowerCase()
  if (/(?:^|[\s,])(?:no-store|private)(?:[\s,=]|$)/.test(cacheControl)) return false
  return (response.headers.get('Vary') ?? '').trim() !== '*'
}

/** Whether a page answer shows an editor's preview (the server's marker). */
export function isPreviewAnswer(response: ResponseFacts): boolean {
  return response.headers.get(PREVIEW_HEADER) !== null
}

/**
 * A saved article the network says is gone (deleted, unpublished): its copy must go too,
 * so an unpublished article cannot stay readable from a phone.
 */
export function isGone(status: number): boolean {
  return status === 404 || status === 410
}
