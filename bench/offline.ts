/**
 * Offline reading and data saving (#17): what the offline worker costs and what it saves, in
 * Chromium, counted in bytes over the wire (both directions, as TCP carries them, through a
 * counting proxy in front of `next start`: headers included, gzip as served).
 *
 * - first visit to the seed article with the worker, against the same visit with service
 *   workers blocked: the difference, itemised (the worker script, its registration);
 * - second visit to that article, already opened, unchanged (budget ≤ 1 KB);
 * - offline: 31 articles opened online, the network cut (context.setOffline), then each of the
 *   last 30 must render fully (title, text, every image seen before) and the first one's
 *   address must show the offline page listing 30. The bundled dataset has 8 articles, so
 *   this part serves the 50-post synthetic dataset (sanity/dataset/generate-synthetic.ts).
 *
 * BENCH_OFFLINE_DIST=<folder> serves an existing build instead of the benchmarks' own
 * (.next-bench); BENCH_OFFLINE_SCALE_DIST=<folder> an existing build of the 50-post dataset
 * instead of building .next-bench-offline-50; BENCH_OFFLINE_PORT (default 3423, and the
 * next one for the 50-post site).
 */
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { parseNdjson } from '../lib/dataset/ndjson.ts'
import { INDEX_KEY } from '../lib/browser/offline/names.ts'
import { postPath } from '../lib/addresses/permalink.ts'
import { BUNDLED_DATASET, datasetFile, writeDataset } from '../sanity/dataset/generate-synthetic.ts'
import { chromiumPath } from '../tests/chromium.ts'
import { readToTheEnd } from '../tests/harness/reading.ts'
import { emit, note } from './lib/report.ts'
import { ARTICLE_PATH, BENCH_DIST, buildSite, ensureBenchBuild, startSite } from './lib/site.ts'

/** The budgets: a second visit ≤ 1 KB; a first visit within 1 KB apart from the worker. */
export const SECOND_VISIT_BUDGET = 1024
export const FIRST_VISIT_DELTA_BUDGET = 1024

const PORT = Number(process.env.BENCH_OFFLINE_PORT ?? 3423)
const SCALE_POSTS = 50
const OPENED = 31

/** One request and its answer, as they went over the wire. */
type Exchange = { request: string; status: string; up: number; down: number }
type Traffic = { down: number; up: number; exchanges: Exchange[] }

/**
 * A TCP proxy that counts every byte each way and splits them by request (HTTP/1.1, as
 * `next start` speaks it: on each connection, answers come in the order of the requests).
 * `take()` returns what passed since the last call.
 */
async function countingProxy(targetPort: number) {
  let traffic: Traffic = { down: 0, up: 0, exchanges: [] }
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1')
    sockets.add(client).add(upstream)
    const sent: Exchange[] = []
    let answering: Exchange | undefined
    client.on('data', (chunk: Buffer) => {
      traffic.up += chunk.length
      const lines = [...chunk.toString('latin1').matchAll(/^([A-Z]+) (\S+) HTTP\/1\.1\r$/gm)]
      for (const [, method, target] of lines) {
        const exchange = { request: `${method} ${target}`, status: '', up: 0, down: 0 }
        sent.push(exchange)
        traffic.exchanges.push(exchange)
      }
      const last = sent[sent.length - 1]
      if (last) last.up += chunk.length
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      traffic.down += chunk.length
      const status = /^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1', 0, 16))
      if (status) {
        answering = sent.shift()
        if (answering) answering.status = status[1]!
      }
      if (answering) answering.down += chunk.length
      client.write(chunk)
    })
    const close = () => {
      client.destroy()
      upstream.destroy()
    }
    for (const socket of [client, upstream]) socket.on('close', close).on('error', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    take(): Traffic {
      const taken = traffic
      traffic = { down: 0, up: 0, exchanges: [] }
      return taken
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** The worker script as it goes over the wire: gzip body and headers, bytes. */
function workerTransfer(origin: string): Promise<{ body: number; headers: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${origin}/sw.js`,
      { headers: { 'Accept-Encoding': 'gzip' } },
      (res) => {
        let body = 0
        res.on('data', (chunk: Buffer) => (body += chunk.length))
        res.on('end', () => {
          const headers = res.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0) + 17
          resolve({ body, headers })
        })
      },
    )
    request.on('error', reject)
  })
}

async function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async (key) => {
    const found = await caches.match(key)
    return found
      ? ((await found.json()) as { articles: { path: string }[] }).articles.map((a) => a.path)
      : []
  }, INDEX_KEY)
}

/** Waits until the worker has kept `path` (it saves the first page from the browser's cache). */
async function kept(page: Page, path: string) {
  const until = Date.now() + 20_000
  while (Date.now() < until) {
    if ((await savedPaths(page)).includes(path)) return
    await page.waitForTimeout(100)
  }
  throw new Error(`the worker did not keep ${path}`)
}

const settle = (page: Page) =>
  page.waitForLoadState('networkidle').then(() => page.waitForTimeout(1000))

const total = (traffic: Traffic) => traffic.down + traffic.up
const exchanges = (traffic: Traffic) =>
  traffic.exchanges.map(({ request, status, up, down }) => `${request} ${status} ↑${up} ↓${down}`)

async function firstAndSecondVisit(
  browser: Browser,
  origin: string,
  proxy: Awaited<ReturnType<typeof countingProxy>>,
) {
  const open = (serviceWorkers: 'allow' | 'block') =>
    browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers })
  // The server has rendered the page before (a reader is never its first).
  await fetch(origin + ARTICLE_PATH)

  // Service workers blocked: the pages as they are without the worker.
  const blocked = await open('block')
  proxy.take()
  const plainPage = await blocked.newPage()
  await plainPage.goto(proxy.origin + ARTICLE_PATH)
  await settle(plainPage)
  const without = proxy.take()
  await plainPage.goto(`${proxy.origin}/support`)
  await settle(plainPage)
  proxy.take()
  await plainPage.goto(proxy.origin + ARTICLE_PATH)
  await settle(plainPage)
  const secondWithout = proxy.take()
  await blocked.close()

  const context = await open('allow')
  proxy.take()
  const page = await context.newPage()
  await page.goto(proxy.origin + ARTICLE_PATH)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await kept(page, ARTICLE_PATH)
  await settle(page)
  const withWorker = proxy.take()

  const worker = await workerTransfer(origin)
  const workerRequest = withWorker.exchanges.find((exchange) => exchange.request === 'GET /sw.js')
  const delta = total(withWorker) - total(without)
  emit('offline', 'first_visit.without_worker.bytes', total(without), {
    down: without.down,
    up: without.up,
    exchanges: exchanges(without),
  })
  emit('offline', 'first_visit.with_worker.bytes', total(withWorker), {
    down: withWorker.down,
    up: withWorker.up,
    exchanges: exchanges(withWorker),
  })
  const workerBytes = workerRequest ? workerRequest.up + workerRequest.down : 0
  emit('offline', 'first_visit.delta.bytes', delta, {
    worker_request_bytes: workerBytes,
    worker_gzip_body_bytes: worker.body,
    delta_without_worker_script_bytes: delta - workerBytes,
    budget_bytes: FIRST_VISIT_DELTA_BUDGET,
    budget_met: delta - workerBytes <= FIRST_VISIT_DELTA_BUDGET,
    note: 'both directions, headers included; the worker script itself is outside the budget',
  })

  // Second visit to the article just read, unchanged: a conditional request answered 304.
  await page.goto(`${proxy.origin}/support`)
  await settle(page)
  proxy.take()
  await page.goto(proxy.origin + ARTICLE_PATH)
  await settle(page)
  const second = proxy.take()
  const article = second.exchanges.filter((exchange) => exchange.request === `GET ${ARTICLE_PATH}`)
  const articleBytes = article.reduce((sum, exchange) => sum + exchange.up + exchange.down, 0)
  const notice = await page.evaluate(
    () => document.querySelector('[data-offline-notice]')?.textContent ?? null,
  )
  emit('offline', 'second_visit.bytes', total(second), {
    down: second.down,
    up: second.up,
    exchanges: exchanges(second),
    article_bytes: articleBytes,
    article_down: article.reduce((sum, exchange) => sum + exchange.down, 0),
    budget_bytes: SECOND_VISIT_BUDGET,
    budget_met: total(second) <= SECOND_VISIT_BUDGET,
    saved_copy_notice: notice,
  })
  emit('offline', 'second_visit.without_worker.bytes', total(secondWithout), {
    down: secondWithout.down,
    up: secondWithout.up,
    exchanges: exchanges(secondWithout),
    note: "the browser's own HTTP cache, service workers blocked",
  })
  await context.close()
}

type Post = {
  _id: string
  _type: string
  title: string
  slug: { current: string }
  publishedAt: string
}

/** The 50-post dataset's articles, newest first, the bundled ones (with images) among them. */
function articlesToOpen(file: string): {
  opened: { path: string; title: string }[]
  unopened: string
} {
  const posts = (parseNdjson(readFileSync(file, 'utf8'), file) as Post[])
    .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.') && doc.slug?.current)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const ours = new Set(
    parseNdjson(readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET).map((doc) => doc._id),
  )
  const bundled = posts.filter((post) => ours.has(post._id))
  const generated = posts.filter((post) => !ours.has(post._id))
  // The first opened (to be evicted) is generated; the bundled ones, covers and inline images
  // included, are among the last 30.
  const chosen = [...generated.slice(0, OPENED - bundled.length), ...bundled].slice(0, OPENED)
  const path = (post: Post) => postPath({ slug: post.slug.current, publishedAt: post.publishedAt })
  return {
    opened: chosen.map((post) => ({ path: path(post), title: post.title })),
    unopened: path(generated[OPENED]!),
  }
}

async function lastThirtyOffline(browser: Browser, origin: string, file: string) {
  const { opened: articles, unopened } = articlesToOpen(file)
  if (articles.length < OPENED) throw new Error(`${file} has fewer than ${OPENED} articles`)
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 360, height: 780 },
  })
  const page = await context.newPage()
  const seen = new Map<string, string[]>()
  for (const [i, article] of articles.entries()) {
    await fetch(origin + article.path) // rendered once by the server already
    await page.goto(origin + article.path)
    await readToTheEnd(page, { timeout: 15_000 })
    seen.set(
      article.path,
      await page.evaluate(() =>
        [...document.querySelectorAll('main img')].map(
          (img) => (img as HTMLImageElement).currentSrc,
        ),
      ),
    )
    if (i === 0) await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await kept(page, article.path)
  }
  await page.waitForTimeout(1000)
  await context.setOffline(true)
  let full = 0
  const times: number[] = []
  const failures: string[] = []
  for (const article of articles.slice(1)) {
    const started = performance.now()
    await page.goto(origin + article.path)
    times.push(performance.now() - started)
    await readToTheEnd(page, { timeout: 15_000 })
    const shown = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      paragraphs: document.querySelectorAll('.article-body p').length,
      notice: document.querySelector('[data-offline-notice]')?.textContent ?? '',
      images: [...document.querySelectorAll('main img')].map((element) => {
        const img = element as HTMLImageElement
        return {
          src: img.currentSrc,
          shown: img.naturalWidth > 0 && !img.hasAttribute('data-skipped'),
        }
      }),
    }))
    const imagesOk =
      shown.images.length === seen.get(article.path)!.length &&
      shown.images.every((image) => image.shown)
    if (
      shown.title === article.title &&
      shown.paragraphs > 0 &&
      shown.notice.startsWith('Saved copy') &&
      imagesOk
    )
      full++
    else failures.push(article.path)
  }
  const images = [...seen.values()].slice(1).reduce((sum, list) => sum + list.length, 0)
  times.sort((a, b) => a - b)
  emit('offline', 'offline.last_30_rendered_fully', full, {
    of: OPENED - 1,
    images_seen_before: images,
    failures,
    median_ms: Math.round(times[Math.floor(times.length / 2)]!),
    max_ms: Math.round(times[times.length - 1]!),
  })
  // An article never opened: the offline page, listing the 30 kept.
  const missing = await page.goto(origin + unopened)
  const listed = await page.locator('[data-offline-list] a').count()
  emit('offline', 'offline.unopened_address_shows_saved_list', listed === OPENED - 1, {
    status: missing?.status(),
    listed,
  })
  // The first one opened, dropped by the worker: the offline page too.
  const keptFirst = (await savedPaths(page)).includes(articles[0]!.path)
  const evicted = await page.goto(origin + articles[0]!.path)
  const shown = await page.evaluate(() => document.querySelector('h1')?.textContent ?? '')
  emit(
    'offline',
    'offline.evicted_article',
    shown === 'Saved articles'
      ? 'offline page'
      : shown === articles[0]!.title
        ? "browser's HTTP cache"
        : shown,
    {
      status: evicted?.status(),
      kept_by_worker: keptFirst,
    },
  )
  await context.close()
}

export async function run() {
  const dist = process.env.BENCH_OFFLINE_DIST ?? BENCH_DIST
  if (!process.env.BENCH_OFFLINE_DIST) ensureBenchBuild()
  const file = datasetFile(SCALE_POSTS)
  if (!existsSync(file)) writeDataset(SCALE_POSTS)
  const scaleDist = process.env.BENCH_OFFLINE_SCALE_DIST ?? `.next-bench-offline-${SCALE_POSTS}`
  const env = { NABADO_DATASET_FILE: file }
  if (!process.env.BENCH_OFFLINE_SCALE_DIST) {
    note(`next build into ${scaleDist} (${SCALE_POSTS} posts)`)
    buildSite(scaleDist, { env, bundledDataset: true })
  }
  const browser = await chromium.launch({ executablePath: chromiumPath() })
  const site = await startSite(dist, PORT, { bundledDataset: true })
  const proxy = await countingProxy(PORT)
  try {
    note('first and second visit')
    await firstAndSecondVisit(browser, site.origin, proxy)
  } finally {
    await proxy.close()
    await site.stop()
  }
  const scale = await startSite(scaleDist, PORT + 1, { env, bundledDataset: true })
  try {
    note(`${OPENED} articles, then offline`)
    await lastThirtyOffline(browser, scale.origin, file)
  } finally {
    await scale.stop()
    await browser.close()
  }
  note('offline done')
}
