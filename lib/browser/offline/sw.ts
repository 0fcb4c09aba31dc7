/**
 * The readers' service worker, served from /sw.js (built by build.ts with esbuild, like the
 * enhancement script). Written by hand: Serwist's smallest worker doing this job weighs
 * 11.9 KB gzip, over the issue's 8 KB budget before any of the rules below (build.ts).
 *
 * What it does (docs/architecture.md, "Offline reading and data saving"):
 * - articles the reader opens: network first, 3 s, then the saved copy with a notice; each
 *   new copy kept (the last 30, 10 MB at most, oldest opened dropped first); an unchanged one
 *   costs a conditional request answered 304;
 * - other reader pages: the network; offline, the offline page listing the saved articles;
 * - article images at the size seen, the stylesheet and script: kept for the saved articles;
 * - data saving (Save-Data: on): article images are answered without the network, and the
 *   enhancement script shows their alt text with a tap to load that one image;
 * - never the Studio, APIs, preview, anything not GET, other origins (but the image CDN),
 *   nor any answer made for an editor (the server's preview marker, no-store, private).
 * The rules are pure functions in rules.ts, saved.ts and html.ts, unit tested there.
 */
import { offlinePage, offlineShellFrom, pageFiles, readArticle, savedCopy } from './html.ts'
import {
  CACHE_PREFIX,
  CACHES,
  FILES_CACHE,
  INDEX_KEY,
  META_CACHE,
  OFFLINE_PATH,
  PAGES_CACHE,
  type PageMessage,
  type WorkerMessage,
} from './names.ts'
import {
  classify,
  fresh,
  imageKey,
  imageSource,
  isArticlePath,
  isGone,
  isPreviewAnswer,
  NETWORK_TIMEOUT_MS,
  storable,
  wantsSaveData,
  withoutMarkers,
  type Route,
} from './rules.ts'
import {
  confirmArticle,
  emptyIndex,
  evict,
  findArticle,
  isKept,
  parseIndex,
  putArticle,
  removeArticle,
  savedList,
  touchArticle,
  useFile,
  type OfflineIndex,
} from './saved.ts'

// A service worker's global scope (lib.webworker, through this folder's tsconfig.json).
declare const self: ServiceWorkerGlobalScope
declare global {
  // The Network Information API's data-saving flag: Chromium's, in no TypeScript library.
  interface WorkerNavigator {
    readonly connection?: { readonly saveData?: boolean }
  }
}

/** The image CDN's origins, fixed at build time (build.ts). */
declare const NABADO_IMAGE_ORIGINS: string[]
const IMAGE_ORIGINS: readonly string[] =
  typeof NABADO_IMAGE_ORIGINS === 'undefined' ? [] : NABADO_IMAGE_ORIGINS

/** What an image skipped to save data (or offline and never seen) is answered with. */
const PLACEHOLDER = '<svg xmlns="http://www.w3.org/2000/svg"/>'

// ---------------------------------------------------------------------------------------
// The index: read once per worker start, changed one step at a time, stored after each.

let loaded: Promise<OfflineIndex> | null = null
let queue: Promise<unknown> = Promise.resolve()

function readIndex(): Promise<OfflineIndex> {
  loaded ??= caches
    .open(META_CACHE)
    .then((cache) => cache.match(INDEX_KEY))
    .then((response) => (response ? response.text() : null))
    .then(parseIndex, emptyIndex)
  return loaded
}

/** Runs one change of the index after those before it, and stores its result. */
function change<T>(
  step: (index: OfflineIndex) => Promise<[OfflineIndex, T]> | [OfflineIndex, T],
): Promise<T> {
  const run = queue.then(async () => {
    const index = await readIndex()
    const [next, result] = await step(index)
    if (next !== index) {
      loaded = Promise.resolve(next)
      const meta = await caches.open(META_CACHE)
      await meta.put(INDEX_KEY, new Response(JSON.stringify(next)))
    }
    return result
  })
  queue = run.catch(() => undefined)
  return run
}

const setPreview = (preview: boolean) =>
  change((index) => [index.preview === preview ? index : { ...index, preview }, null])

/** Applies the limits, deleting what they drop. */
async function evictNow() {
  const dropped = await change((index) => {
    const eviction = evict(index)
    return [eviction.articles.length || eviction.files.length ? eviction.index : index, eviction]
  })
  const pages = await caches.open(PAGES_CACHE)
  const files = await caches.open(FILES_CACHE)
  await Promise.all([
    ...dropped.articles.map((path) => pages.delete(path)),
    ...dropped.files.map((file) => files.delete(file)),
  ])
}

// ---------------------------------------------------------------------------------------
// Keeping copies.

/** A response's headers as kept: the body is stored decoded, and cookies are never kept. */
function keptHeaders(headers: Headers): Headers {
  const kept = new Headers(headers)
  for (const name of ['Content-Encoding', 'Content-Length', 'Transfer-Encoding', 'Set-Cookie'])
    kept.delete(name)
  return kept
}

const isHtml = (response: Response) =>
  (response.headers.get('Content-Type') ?? '').includes('text/html')

/**
 * Keeps a new copy of an article. Queued at once, before the page reaches the browser, so
 * the files the page then asks for find it kept.
 */
function saveArticle(path: string, response: Response, pageUrl: string, fetchShell: boolean) {
  return change(async (index) => {
    const html = await response.text()
    const now = Date.now()
    const pages = await caches.open(PAGES_CACHE)
    await pages.put(path, new Response(html, { headers: keptHeaders(response.headers) }))
    const next = putArticle(
      index,
      {
        path,
        ...readArticle(html),
        savedAt: now,
        openedAt: now,
        bytes: new TextEncoder().encode(html).byteLength,
        etag: response.headers.get('ETag'),
        files: pageFiles(html, pageUrl),
      },
      (file) => html.includes(imageSource(file)),
    )
    return [next, null]
  })
    .then(evictNow)
    .then(() => (fetchShell ? keepShell() : undefined))
}

/** Keeps a file a kept page uses (the page at `path`; null: the offline page). */
async function keepFile(path: string | null, url: string, response: Response) {
  if (!storable(response)) return
  const kept = await change((index) => [index, isKept(index, path)])
  if (!kept) return
  const body = await response.blob()
  const files = await caches.open(FILES_CACHE)
  await files.put(url, new Response(body, { headers: keptHeaders(response.headers) }))
  await change((index) => [useFile(index, path, url, body.size), null])
  await evictNow()
}

/** Records that a kept page uses a file the worker already holds. */
function noteUse(path: string | null, url: string) {
  return change((index) => [isKept(index, path) ? useFile(index, path, url) : index, null])
}

/**
 * Keeps the offline page (/offline) and its files, when it is missing or was kept by an
 * older worker. Fetched with the next page the reader reads, never on a first visit.
 */
async function keepShell() {
  const index = await readIndex()
  if (index.shell && !index.shell.stale) return
  const response = await fetch(OFFLINE_PATH, { credentials: 'same-origin' })
  if (!storable(response) || !isHtml(response)) return
  const html = await response.text()
  const pages = await caches.open(PAGES_CACHE)
  await pages.put(OFFLINE_PATH, new Response(html, { headers: keptHeaders(response.headers) }))
  const files = pageFiles(html, new URL(OFFLINE_PATH, self.location.origin).href)
  await change((current) => [
    {
      ...current,
      shell: { bytes: new TextEncoder().encode(html).byteLength, files, stale: false },
    },
    null,
  ])
  const held = await caches.open(FILES_CACHE)
  for (const file of files) {
    if (await held.match(file)) continue
    const fetched = await fetch(file).catch(() => null)
    if (fetched) await keepFile(null, file, fetched)
  }
  await evictNow()
}

// ---------------------------------------------------------------------------------------
// Answers.

const delay = (ms: number) =>
  new Promise<'timeout'>((resolve) => setTimeout(resolve, ms, 'timeout'))

/** The kept page a request comes from: an article's path, null for the offline page. */
function pageOf(referrer: string): string | null | undefined {
  if (!referrer) return undefined
  const url = new URL(referrer)
  if (url.origin !== self.location.origin) return undefined
  if (url.pathname === OFFLINE_PATH) return null
  return isArticlePath(url.pathname) ? url.pathname : undefined
}

/** The offline page with the saved list; `missing`: it stands in for a page not kept. */
async function offlineAnswer(missing: boolean): Promise<Response> {
  const index = await readIndex()
  const pages = await caches.open(PAGES_CACHE)
  const list = savedList(index)
  let shell = index.shell ? await pages.match(OFFLINE_PATH) : undefined
  let html: string | undefined
  if (shell) html = await shell.text()
  else if (list[0]) {
    // Before /offline is kept (after a first visit only): made from the newest article.
    shell = await pages.match(list[0].path)
    if (shell) html = offlineShellFrom(await shell.text())
  }
  if (!shell || html === undefined) return Response.error()
  return new Response(offlinePage(html, list, { missing }), {
    status: missing ? 503 : 200,
    headers: shell.headers,
  })
}

/**
 * An editor is previewing: the server only (not even the browser's cache), and preview ends
 * with a page that comes back without the marker.
 */
async function previewAnswer(request: Request): Promise<Response> {
  const response = await fetch(request.url, {
    headers: request.headers,
    credentials: 'include',
    redirect: 'manual',
    cache: 'no-store',
  })
  if (response.type !== 'opaqueredirect' && !isPreviewAnswer(response)) await setPreview(false)
  return response
}

/** The article from the network; null when the network fails. Keeps what it gets. */
async function articleFromNetwork(
  event: FetchEvent,
  path: string,
  saved: { etag: string | null; copy: Response } | null,
): Promise<Response | null> {
  const request = event.request
  // Always the server (never a stale page from the browser's cache): with a saved copy, ask
  // whether it is still current, so an unchanged article costs a 304. Cache-Control is a
  // revalidation's, as a browser's reload sends it; without one, fetch would add no-cache,
  // and servers then ignore If-None-Match.
  const headers = new Headers(request.headers)
  headers.set('Cache-Control', 'max-age=0')
  if (saved?.etag) headers.set('If-None-Match', saved.etag)
  let response: Response
  try {
    response = await fetch(request.url, {
      headers,
      credentials: 'same-origin',
      redirect: 'manual',
      // Our own conditional request, or the browser's from its cache.
      cache: saved?.etag ? 'no-store' : 'no-cache',
    })
  } catch {
    return null
  }
  if (response.status === 304 && saved) {
    event.waitUntil(change((index) => [confirmArticle(index, path, Date.now()), null]))
    return saved.copy.clone()
  }
  if (isPreviewAnswer(response)) event.waitUntil(setPreview(true))
  else if (isGone(response.status)) event.waitUntil(forget(path))
  else if (storable(response) && isHtml(response))
    event.waitUntil(saveArticle(path, response.clone(), request.url, true))
  return response
}

async function forget(path: string) {
  await change((index) => [removeArticle(index, path), null])
  await evictNow()
  await (await caches.open(PAGES_CACHE)).delete(path)
}

async function articleAnswer(event: FetchEvent, path: string): Promise<Response> {
  const index = await readIndex()
  if (index.preview) return previewAnswer(event.request)
  const article = findArticle(index, path)
  const copy = article ? await (await caches.open(PAGES_CACHE)).match(path) : undefined
  const saved = article && copy ? { etag: article.etag, copy } : null
  const network = articleFromNetwork(event, path, saved)
  event.waitUntil(network)
  if (!saved || !article) return (await network) ?? offlineAnswer(true)
  const first = await Promise.race([network, delay(NETWORK_TIMEOUT_MS)])
  if (first instanceof Response && first.status < 500) return first
  // No answer within 3 s, none at all, or a server error: the saved copy, saying so.
  event.waitUntil(change((current) => [touchArticle(current, path, Date.now()), null]))
  return new Response(savedCopy(await saved.copy.clone().text(), article.savedAt), {
    headers: saved.copy.headers,
  })
}

async function pageAnswer(event: FetchEvent): Promise<Response> {
  const index = await readIndex()
  if (index.preview) return previewAnswer(event.request)
  try {
    const response = await fetch(event.request)
    if (isPreviewAnswer(response)) event.waitUntil(setPreview(true))
    return response
  } catch {
    return offlineAnswer(true)
  }
}

async function offlinePageAnswer(event: FetchEvent): Promise<Response> {
  const index = await readIndex()
  if (index.preview) return previewAnswer(event.request)
  await keepShell().catch(() => undefined)
  return offlineAnswer(false)
}

async function fileAnswer(event: FetchEvent, maxAgeMs?: number): Promise<Response> {
  const request = event.request
  const page = pageOf(request.referrer)
  const cached = await (await caches.open(FILES_CACHE)).match(request.url)
  if (cached && fresh(cached.headers.get('Date'), maxAgeMs, Date.now())) {
    if (page !== undefined) event.waitUntil(noteUse(page, request.url))
    return cached
  }
  let response: Response
  try {
    response = await fetch(request)
  } catch (error) {
    // Offline: a copy too old to answer online still beats nothing.
    if (cached) return cached
    throw error
  }
  if (page !== undefined) event.waitUntil(keepFile(page, request.url, response.clone()))
  return response
}

/** A kept image of the same picture at another size (the largest), for offline or saving data. */
async function otherSize(url: string): Promise<Response | undefined> {
  const index = await readIndex()
  const key = imageKey(url)
  const sizes = Object.keys(index.files)
    .filter((file) => file !== url && imageKey(file) === key)
    .sort((a, b) => (index.files[b] ?? 0) - (index.files[a] ?? 0))
  const files = await caches.open(FILES_CACHE)
  for (const file of sizes) {
    const found = await files.match(file)
    if (found) return found
  }
  return undefined
}

/** Answers an image without the network, and tells the page (it shows the alt text). */
function skipped(event: FetchEvent): Response {
  event.waitUntil(
    self.clients
      .get(event.clientId)
      .then((client) =>
        client?.postMessage({ type: 'skipped', url: event.request.url } satisfies WorkerMessage),
      ),
  )
  return new Response(PLACEHOLDER, {
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' },
  })
}

async function imageAnswer(event: FetchEvent, route: Extract<Route, { kind: 'image' }>) {
  const request = event.request
  const url = withoutMarkers(request.url)
  const page = pageOf(request.referrer)
  const sameOrigin = new URL(url).origin === self.location.origin
  if (route.copy) {
    // An image the first page showed: from the browser's own cache only, never the network.
    const response = sameOrigin
      ? await fetch(url, {
          cache: 'only-if-cached',
          mode: 'same-origin',
          headers: request.headers,
        }).catch(() => null)
      : null
    if (!response?.ok) return Response.error()
    if (page !== undefined) event.waitUntil(keepFile(page, url, response.clone()))
    return response
  }
  const cached = await (await caches.open(FILES_CACHE)).match(url)
  if (cached) {
    if (page !== undefined) event.waitUntil(noteUse(page, url))
    return cached
  }
  const saveData = wantsSaveData(
    request.headers.get('Save-Data'),
    self.navigator.connection?.saveData === true,
  )
  if (saveData && !route.load) return (await otherSize(url)) ?? skipped(event)
  let response: Response
  try {
    if (sameOrigin) response = await fetch(route.load ? new Request(url, request) : request)
    else {
      // Readable (CORS) so it can be kept and measured; the CDN allows any origin.
      response = await fetch(url, { mode: 'cors', credentials: 'omit' }).catch(() =>
        fetch(route.load ? new Request(url, request) : request),
      )
    }
  } catch {
    if (route.load) return Response.error()
    return (await otherSize(url)) ?? skipped(event)
  }
  if (page !== undefined) event.waitUntil(keepFile(page, url, response.clone()))
  return response
}

// ---------------------------------------------------------------------------------------
// Events.

self.addEventListener('install', () => {
  void self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(CACHE_PREFIX) && !CACHES.includes(name)) await caches.delete(name)
      // A new worker comes with a new build: its offline page is fetched again, later.
      const index = await change((current) => {
        const next = current.shell
          ? { ...current, shell: { ...current.shell, stale: true } }
          : current
        return [next, next]
      })
      // Copies the index does not know (a worker stopped between two steps) go.
      const pages = await caches.open(PAGES_CACHE)
      for (const request of await pages.keys()) {
        const path = new URL(request.url).pathname
        if (path !== OFFLINE_PATH && !findArticle(index, path)) await pages.delete(request)
      }
      const files = await caches.open(FILES_CACHE)
      for (const request of await files.keys())
        if (!(request.url in index.files)) await files.delete(request)
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (url.origin === self.location.origin && request.method === 'GET') {
    // Draft mode is turned on and off through these two addresses (lib/browser/offline/rules.ts).
    if (url.pathname.startsWith('/api/draft-mode/enable')) event.waitUntil(setPreview(true))
    if (url.pathname.startsWith('/api/draft-mode/disable')) event.waitUntil(setPreview(false))
  }
  const route = classify(
    {
      method: request.method,
      url: request.url,
      mode: request.mode,
      destination: request.destination,
    },
    { origin: self.location.origin, imageOrigins: IMAGE_ORIGINS, preview: false },
  )
  if (route.kind === 'skip') return
  event.respondWith(answer(event, route))
})

async function answer(
  event: FetchEvent,
  route: Exclude<Route, { kind: 'skip' }>,
): Promise<Response> {
  if (route.kind === 'article') return articleAnswer(event, route.path)
  if (route.kind === 'page' || route.kind === 'preview') return pageAnswer(event)
  if (route.kind === 'offline') return offlinePageAnswer(event)
  // Files and images: an editor previewing gets the network, as without a worker.
  if ((await readIndex()).preview) return fetch(event.request)
  if (route.kind === 'image') return imageAnswer(event, route)
  return fileAnswer(event, route.maxAgeMs)
}

self.addEventListener('message', (event) => {
  const message = event.data as Partial<PageMessage> | null
  if (message?.type === 'seen' && typeof message.path === 'string')
    event.waitUntil(seen(message.path, event.source))
})

/**
 * The page the reader opened before the worker existed (a first visit): kept from the
 * browser's own cache, with its stylesheet and script, so nothing is downloaded again. The
 * page then asks for the images it showed (COPY_PARAM), which come from that cache too.
 */
async function seen(address: string, source: ExtendableMessageEvent['source']) {
  const url = new URL(address, self.location.origin)
  if (url.origin !== self.location.origin || !isArticlePath(url.pathname)) return
  const index = await readIndex()
  if (index.preview) return
  if (!findArticle(index, url.pathname)) {
    const response = await fetch(url.href, {
      cache: 'only-if-cached',
      mode: 'same-origin',
      headers: { Accept: 'text/html' },
    }).catch(() => null)
    if (!response || !storable(response) || !isHtml(response) || isPreviewAnswer(response)) return
    await saveArticle(url.pathname, response, url.href, false)
    const files = await caches.open(FILES_CACHE)
    for (const file of findArticle(await readIndex(), url.pathname)?.files ?? []) {
      if (await files.match(file)) continue
      const fetched = await fetch(file, { cache: 'only-if-cached', mode: 'same-origin' }).catch(
        () => null,
      )
      if (fetched) await keepFile(url.pathname, file, fetched)
    }
  }
  source?.postMessage({ type: 'saved', path: url.pathname } satisfies WorkerMessage)
}
