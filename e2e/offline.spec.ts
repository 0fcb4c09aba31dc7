import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { INDEX_KEY, PAGES_CACHE, PREVIEW_HEADER } from '../lib/browser/offline/names.ts'
import {
  emptyIndex,
  LIMITS,
  type OfflineIndex,
  type SavedArticle,
} from '../lib/browser/offline/saved.ts'
import { SEED_ARTICLE } from '../tests/seed-article.ts'
import { CHROMIUM_FLAGS, testChromiumPath } from '../tests/chromium.ts'
import { readToTheEnd } from '../tests/harness/reading.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

// Offline reading and data saving (issue #17; docs/architecture.md, "Offline reading and data
// saving"), in Chromium against the built site. Every test reaches the site through a small
// recording proxy started here, so "what reached the server" is what the server was asked,
// whether by the page or by the worker; it can also delay or change one answer.

/** The three bundled articles with images: the seed (cover, two inline images) and two covers. */
const ARTICLES = [
  SEED_ARTICLE.path,
  '/2026/02/24/when-money-changes-love-the-hidden-ways-wealth-affects-relationships',
  '/2026/02/20/why-loneliness-is-rising-despite-social-media',
]
const OTHER_ARTICLE = '/2026/02/15/the-real-reason-relationships-are-failing-in-kenya-today'
const isContentImage = (url: string) => /^\/(?:_next\/image\b|dataset-images\/)/.test(url)

type Seen = { method: string; path: string; status: number; headers: http.IncomingHttpHeaders }

/** A proxy in front of the site that records every request and can delay or rewrite answers. */
async function startProxy(target: string) {
  const log: Seen[] = []
  const delays = new Map<string, number>()
  const rewrites = new Map<string, { etag: string; change: (html: string) => string }>()
  const answers = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const seen: Seen = { method: req.method!, path: req.url!, status: 0, headers: req.headers }
    log.push(seen)
    const status = answers.get(req.url!)
    if (status) {
      seen.status = status
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    const rewrite = rewrites.get(req.url!)
    const headers = { ...req.headers }
    if (rewrite) {
      // An older version of the page: plain text to change, with its own ETag.
      headers['accept-encoding'] = 'identity'
      delete headers['if-none-match']
    }
    const upstream = http.request(
      new URL(req.url!, target),
      { method: req.method, headers },
      (answer) => {
        const send = () => {
          seen.status = answer.statusCode!
          if (!rewrite) {
            res.writeHead(answer.statusCode!, answer.headers)
            answer.pipe(res)
            return
          }
          rewrites.delete(req.url!)
          const chunks: Buffer[] = []
          answer.on('data', (chunk: Buffer) => chunks.push(chunk))
          answer.on('end', () => {
            const body = rewrite.change(Buffer.concat(chunks).toString('utf8'))
            const rest = { ...answer.headers }
            delete rest['content-length']
            delete rest.etag
            res.writeHead(answer.statusCode!, { ...rest, etag: rewrite.etag })
            res.end(body)
          })
        }
        const delay = delays.get(req.url!)
        if (delay) setTimeout(send, delay)
        else send()
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    delays,
    rewrites,
    answers,
    requests: (test: (path: string) => boolean) => log.filter((entry) => test(entry.path)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

type Proxy = Awaited<ReturnType<typeof startProxy>>
let proxy: Proxy

// Several pages per test, each waiting for the worker, on a machine other builds share.
test.describe.configure({ timeout: 120_000 })

test.beforeAll(async ({}, info) => {
  proxy = await startProxy(String(info.project.use.baseURL))
})

test.afterAll(async () => {
  await proxy.close()
})

test.beforeEach(() => {
  proxy.log.length = 0
  proxy.delays.clear()
  proxy.rewrites.clear()
  proxy.answers.clear()
})

/** The worker's index, as it stores it. */
function readIndex(page: Page): Promise<OfflineIndex> {
  return page
    .evaluate(async (key) => {
      const found = await caches.match(key)
      return found ? ((await found.json()) as OfflineIndex) : null
    }, INDEX_KEY)
    .then((index) => index ?? emptyIndex())
}

async function savedPaths(page: Page): Promise<string[]> {
  return (await readIndex(page)).articles.map((article) => article.path).sort()
}

/** The worker's notice at the top of the page ("Saved copy from …", "You are offline."). */
const notice = (page: Page) => page.getByRole('status').and(page.locator('[data-offline-notice]'))

/** Waits until the worker controls the page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/** What a reader saw: the title, the paragraphs, each image shown with its natural size. */
function whatIsShown(page: Page) {
  return page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent,
    paragraphs: [...document.querySelectorAll('.article-body p')].map((p) => p.textContent),
    images: [...document.querySelectorAll('main img')]
      .filter(
        (img) => (img as HTMLImageElement).naturalWidth > 0 && !img.hasAttribute('data-skipped'),
      )
      .map((element) => {
        const img = element as HTMLImageElement
        return {
          src: img.currentSrc,
          alt: img.alt,
          width: img.naturalWidth,
          height: img.naturalHeight,
          hidden: img.hidden,
        }
      }),
  }))
}

test.describe('offline reading', () => {
  test('three articles opened online read in full offline; another address shows the saved list', async ({
    page,
    context,
  }) => {
    const online: Awaited<ReturnType<typeof whatIsShown>>[] = []
    for (const [i, article] of ARTICLES.entries()) {
      await page.goto(proxy.origin + article)
      await readToTheEnd(page)
      online.push(await whatIsShown(page))
      // The first page came before the worker: it keeps it once it is running.
      if (i === 0) await controlled(page)
      await expect.poll(() => savedPaths(page)).toContain(article)
    }
    // The seed article's cover and two inline images, a cover on each other, and thumbnails.
    expect(online[0]!.images.length).toBeGreaterThanOrEqual(3)
    expect(online[1]!.images.length).toBeGreaterThanOrEqual(1)
    expect(online[2]!.images.length).toBeGreaterThanOrEqual(1)
    // The worker has kept every image the reader saw, at the size seen.
    const seen = new Set(online.flatMap((shown) => shown.images.map((image) => image.src)))
    await expect
      .poll(async () => {
        const files = (await readIndex(page)).files
        return [...seen].filter((src) => !(src in files))
      })
      .toEqual([])

    await context.setOffline(true)
    for (const [i, article] of ARTICLES.entries()) {
      await page.goto(proxy.origin + article)
      await expect(notice(page)).toContainText(/^Saved copy from \d{1,2} \w+ \d{4}/)
      await readToTheEnd(page)
      expect(await whatIsShown(page), article).toEqual(online[i])
      await expect(page.locator('[data-skipped]')).toHaveCount(0)
    }

    // An address never opened: the offline page, listing the three, newest opened first.
    const response = await page.goto(`${proxy.origin}/category/relationships`)
    expect(response?.status()).toBe(503)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved articles')
    await expect(notice(page)).toContainText('You are offline.')
    const list = page.locator('[data-offline-list] a')
    await expect(list).toHaveText(online.map((shown) => shown.title!).reverse())
    await expect(page.locator('[data-offline-list] time').first()).toHaveText('20 February 2026')
    await expect(page.getByText('Nothing is saved on this phone yet.')).toBeHidden()
    // Its links work offline.
    await list.last().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_ARTICLE.title)
  })

  test('the first article, opened before the worker existed, is kept without a second download', async ({
    page,
    context,
  }) => {
    await page.goto(proxy.origin + SEED_ARTICLE.path)
    await readToTheEnd(page)
    const shown = await whatIsShown(page)
    await controlled(page)
    await expect.poll(() => savedPaths(page)).toEqual([SEED_ARTICLE.path])
    // Its cover, two inline images and the suggested reads' thumbnails, each at the size shown.
    expect(shown.images.length).toBe(5)
    await expect
      .poll(async () =>
        Object.keys((await readIndex(page)).files)
          .filter(isContentImageUrl)
          .sort(),
      )
      .toEqual(shown.images.map((image) => image.src).sort())
    // Each file went over the network once: the worker took its copies from the browser's cache.
    const fetched = proxy.log.map((entry) => entry.path.split('&nabado')[0]!)
    expect(fetched.filter((p) => p === SEED_ARTICLE.path)).toHaveLength(1)
    const twice = fetched.filter((p, i) => fetched.indexOf(p) !== i && p !== '/sw.js')
    expect(twice).toEqual([])
    // The offline page is not fetched on a first visit (it comes with the next page read).
    expect(fetched).not.toContain('/offline')

    await context.setOffline(true)
    await page.goto(proxy.origin + SEED_ARTICLE.path)
    await readToTheEnd(page)
    expect(await whatIsShown(page)).toEqual(shown)
    // And with only this one kept, another address still gets the saved list.
    await page.goto(`${proxy.origin}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved articles')
    await expect(page.locator('[data-offline-list] a')).toHaveText([SEED_ARTICLE.title])
  })

  test('a slow network gets the saved copy after 3 s, and the fresh one is kept for next time', async ({
    page,
  }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    await page.goto(proxy.origin + ARTICLES[1]!)
    await expect.poll(() => savedPaths(page)).toEqual([ARTICLES[1]])
    const before = (await readIndex(page)).articles[0]!.savedAt

    proxy.delays.set(ARTICLES[1]!, 6_000)
    const started = Date.now()
    await page.goto(proxy.origin + ARTICLES[1]!)
    const waited = Date.now() - started
    await expect(notice(page)).toContainText('Saved copy from')
    expect(waited).toBeGreaterThanOrEqual(2_900)
    expect(waited).toBeLessThan(5_500)
    // The network's answer, when it comes, replaces the copy.
    await expect
      .poll(async () => (await readIndex(page)).articles[0]!.savedAt, { timeout: 10_000 })
      .toBeGreaterThan(before)
  })

  test('a server error shows the saved copy instead', async ({ page }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    await page.goto(proxy.origin + ARTICLES[2]!)
    await expect.poll(() => savedPaths(page)).toEqual([ARTICLES[2]])
    proxy.answers.set(ARTICLES[2]!, 502)
    const response = await page.goto(proxy.origin + ARTICLES[2]!)
    expect(response?.status()).toBe(200)
    await expect(notice(page)).toContainText('Saved copy from')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Why Loneliness Is Rising')
    // The copy stays: a server error is not a deletion.
    expect(await savedPaths(page)).toEqual([ARTICLES[2]])
  })

  test('a published change reaches a reader whose worker holds the old copy, on the next online visit', async ({
    page,
  }) => {
    const article = ARTICLES[2]!
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    // The copy the worker keeps is the article as it was before an editor changed its title.
    proxy.rewrites.set(article, {
      etag: '"before-the-change"',
      change: (html) => html.replaceAll('Why Loneliness Is Rising', 'An Old Title'),
    })
    await page.goto(proxy.origin + article)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('An Old Title')
    await expect
      .poll(async () => (await readIndex(page)).articles[0]?.title)
      .toContain('An Old Title')

    // Next visit, online: the worker asks with the old ETag, the server sends the new page.
    proxy.log.length = 0
    await page.goto(proxy.origin + article)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Why Loneliness Is Rising')
    await expect(notice(page)).toHaveCount(0)
    const asked = proxy.requests((p) => p === article)
    expect(asked.map((entry) => [entry.headers['if-none-match'], entry.status])).toEqual([
      ['"before-the-change"', 200],
    ])
    await expect
      .poll(async () => (await readIndex(page)).articles[0]?.title)
      .toContain('Why Loneliness Is Rising')

    // The visit after: unchanged, so the server answers 304 and the copy is shown, current.
    proxy.log.length = 0
    await page.goto(proxy.origin + article)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Why Loneliness Is Rising')
    await expect(notice(page)).toHaveCount(0)
    const revisit = proxy.requests((p) => p === article)
    expect(
      revisit.map((entry) => entry.status),
      JSON.stringify(revisit.map((e) => e.headers)),
    ).toEqual([304])
  })

  test('an article deleted or unpublished on the site is dropped from the phone', async ({
    page,
  }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    await page.goto(proxy.origin + OTHER_ARTICLE)
    await expect.poll(() => savedPaths(page)).toEqual([OTHER_ARTICLE])
    // The same address now answers 404, as an unpublished article's address does.
    proxy.answers.set(OTHER_ARTICLE, 404)
    const response = await page.goto(proxy.origin + OTHER_ARTICLE)
    expect(response?.status()).toBe(404)
    await expect.poll(() => savedPaths(page)).toEqual([])
    const copy = await page.evaluate(
      async ({ cacheName, path }) => Boolean(await (await caches.open(cacheName)).match(path)),
      { cacheName: PAGES_CACHE, path: OTHER_ARTICLE },
    )
    expect(copy).toBe(false)
  })
})

test.describe('limits', () => {
  /** Writes saved articles into the worker's storage, then restarts the worker to read them. */
  async function seed(page: Page, context: BrowserContext, articles: SavedArticle[]) {
    await page.evaluate(
      async ({ key, cacheName, articles, empty }) => {
        const meta = await caches.open('nabado-meta-v1')
        const stored = await meta.match(key)
        const index = stored ? await stored.json() : empty
        const pages = await caches.open(cacheName)
        for (const article of articles)
          await pages.put(
            article.path,
            new Response(`<h1>${article.title}</h1>`, { headers: { 'Content-Type': 'text/html' } }),
          )
        await meta.put(
          key,
          new Response(JSON.stringify({ ...index, articles: [...index.articles, ...articles] })),
        )
      },
      { key: INDEX_KEY, cacheName: PAGES_CACHE, articles, empty: emptyIndex() },
    )
    const cdp = await context.newCDPSession(page)
    await cdp.send('ServiceWorker.enable')
    await cdp.send('ServiceWorker.stopAllWorkers')
    await cdp.detach()
  }

  const synthetic = (n: number, bytes = 10_000): SavedArticle => ({
    path: `/2025/01/${String(n).padStart(2, '0')}/kept-${n}`,
    title: `Kept ${n}`,
    published: null,
    savedAt: n,
    openedAt: n,
    bytes,
    etag: null,
    files: [],
  })

  test('past 30 articles the oldest opened goes, copy and all', async ({ page, context }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    // 30 older saved articles (the bundled dataset has 8), then the reader opens a real one.
    await seed(
      page,
      context,
      Array.from({ length: 30 }, (_, i) => synthetic(i + 1)),
    )
    await page.goto(proxy.origin + ARTICLES[0]!)
    await expect.poll(async () => (await readIndex(page)).articles.length).toBe(LIMITS.articles)
    const paths = await savedPaths(page)
    expect(paths).toContain(ARTICLES[0])
    expect(paths).not.toContain(synthetic(1).path)
    expect(paths).toContain(synthetic(2).path)
    const cached = await page.evaluate(
      async ({ cacheName, path }) => {
        const cache = await caches.open(cacheName)
        return {
          evicted: Boolean(await cache.match(path)),
          kept: Boolean(await cache.match('/2025/01/02/kept-2')),
        }
      },
      { cacheName: PAGES_CACHE, path: synthetic(1).path },
    )
    expect(cached).toEqual({ evicted: false, kept: true })
  })

  test('past 10 MB the oldest opened go until it fits', async ({ page, context }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    // Two old copies filling 10.4 of the 10 MB (10,485,760 bytes); the next article (about
    // 100 KB of HTML, its stylesheet and images) tips it over.
    await seed(page, context, [synthetic(1, 5_200_000), synthetic(2, 5_200_000)])
    await page.goto(proxy.origin + ARTICLES[0]!)
    await readToTheEnd(page)
    await expect.poll(() => savedPaths(page)).toEqual([ARTICLES[0], synthetic(2).path].sort())
  })
})

test.describe('data saving', () => {
  test('with Save-Data on, no article image reaches the server; each shows its alt text, and a tap loads it', async ({
    page,
    context,
  }) => {
    await page.goto(`${proxy.origin}/support`)
    await controlled(page)
    // Chromium's data saver as the phone would set it: navigator.connection.saveData, and
    // Save-Data: on with every request the page makes.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true })
    expect(
      await page.evaluate(
        () => (navigator as Navigator & { connection: { saveData: boolean } }).connection.saveData,
      ),
    ).toBe(true)
    proxy.log.length = 0

    for (const article of ARTICLES) {
      await page.goto(proxy.origin + article)
      await readToTheEnd(page)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    await page.goto(`${proxy.origin}/`)
    await readToTheEnd(page)
    expect(proxy.requests(isContentImage)).toEqual([])

    // The seed article: every image is its alt text in a box of the image's own shape.
    await page.goto(proxy.origin + SEED_ARTICLE.path)
    await readToTheEnd(page)
    const images = await page.locator('main img').count()
    expect(images).toBeGreaterThanOrEqual(3)
    await expect(page.getByRole('button', { name: /load image$/i })).toHaveCount(images)
    await expect(page.locator('main img[data-skipped]')).toHaveCount(images)
    const cover = page.locator('main img').first()
    const alt = (await cover.getAttribute('alt'))!
    const box = page.getByRole('button', { name: `${alt} Tap to load image` })
    await expect(box).toBeVisible()
    const size = (await box.boundingBox())!
    // The cover's box: the column's width, 3:2.
    expect(Math.abs(size.width / size.height - 1.5)).toBeLessThan(0.02)
    expect(proxy.requests(isContentImage)).toEqual([])

    await box.click()
    await expect(cover).toBeVisible()
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(300)
    // Exactly that one image came from the server.
    expect(proxy.requests(isContentImage)).toHaveLength(1)
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessible on a phone, ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width: 360, height: 780 } })

    test('the offline page and the saved-copy notice', async ({ page, context }) => {
      await page.goto(proxy.origin + ARTICLES[1]!)
      await controlled(page)
      await expect.poll(() => savedPaths(page)).toEqual([ARTICLES[1]])
      await context.setOffline(true)
      await page.goto(`${proxy.origin}/category/relationships`)
      await expect(page.locator('[data-offline-list] a')).toHaveCount(1)
      await expectNoAxeViolations(page)
      await page.goto(proxy.origin + ARTICLES[1]!)
      await expect(notice(page)).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('images replaced by their alt text to save data', async ({ page, context }) => {
      await page.goto(`${proxy.origin}/support`)
      await controlled(page)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true })
      await page.goto(proxy.origin + SEED_ARTICLE.path)
      await readToTheEnd(page)
      await expect(page.locator('main img[data-skipped]')).toHaveCount(5)
      await expectNoAxeViolations(page)
      // No sideways scroll at a phone's width with the boxes in place.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      )
    })
  })
}

test.describe('never from the worker', () => {
  test('the Studio is never answered by the worker', async ({ page, context }) => {
    await page.goto(proxy.origin + ARTICLES[0]!)
    await controlled(page)
    const studio = await page.goto(`${proxy.origin}/studio`)
    expect(studio?.fromServiceWorker()).toBe(false)
    expect(proxy.requests((p) => p === '/studio')).toHaveLength(1)
    await page.goto(proxy.origin + ARTICLES[0]!)
    await context.setOffline(true)
    // Offline, the browser's own error: neither a copy nor the offline page.
    await expect(page.goto(`${proxy.origin}/studio`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  })

  test('a draft-mode page is never kept nor answered from a copy', async ({ page, context }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    await page.goto(proxy.origin + ARTICLES[0]!)
    await expect.poll(() => savedPaths(page)).toEqual([ARTICLES[0]])
    const copyOf = async () => {
      const { title, savedAt, etag, bytes } = (await readIndex(page)).articles[0]!
      return { title, savedAt, etag, bytes }
    }
    const saved = await copyOf()

    // An editor turns draft mode on: Next.js's cookie (HttpOnly: the worker cannot see it).
    await context.addCookies([
      { name: '__prerender_bypass', value: 'editor', url: proxy.origin, httpOnly: true },
    ])
    const draft = await page.goto(proxy.origin + ARTICLES[0]!)
    expect(draft?.headers()[PREVIEW_HEADER.toLowerCase()]).toBe('1')
    await expect.poll(async () => (await readIndex(page)).preview).toBe(true)
    // What the editor saw was not kept.
    expect(await savedPaths(page)).toEqual([ARTICLES[0]])
    expect(await copyOf()).toEqual(saved)

    await context.setOffline(true)
    await expect(page.goto(proxy.origin + ARTICLES[0]!)).rejects.toThrow(/net::ERR_/)
    await expect(page.goto(`${proxy.origin}/`)).rejects.toThrow(/net::ERR_/)

    // Draft mode over (cookie gone): the next page from the network ends it.
    await context.setOffline(false)
    await context.clearCookies()
    await page.goto(`${proxy.origin}/support`)
    await expect.poll(async () => (await readIndex(page)).preview).toBe(false)
    await context.setOffline(true)
    await page.goto(proxy.origin + ARTICLES[0]!)
    await expect(notice(page)).toContainText('Saved copy from')
  })

  test('turning draft mode on through its address stops the worker answering at once', async ({
    page,
    context,
  }) => {
    await page.goto(`${proxy.origin}/offline`)
    await controlled(page)
    await page.goto(proxy.origin + ARTICLES[0]!)
    await expect.poll(() => savedPaths(page)).toEqual([ARTICLES[0]])
    await page.goto(`${proxy.origin}/api/draft-mode/enable`).catch(() => null)
    await expect.poll(async () => (await readIndex(page)).preview).toBe(true)
    await context.setOffline(true)
    await expect(page.goto(proxy.origin + ARTICLES[0]!)).rejects.toThrow(/net::ERR_/)
  })
})

test.describe('without a worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('reader pages work as before where service workers are blocked', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(proxy.origin + SEED_ARTICLE.path)
    await expect(page.locator('html')).toHaveAttribute('data-enhanced', '')
    await readToTheEnd(page)
    await page.getByRole('button', { name: /theme/i }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/)
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull()
    await expect(page.locator('[data-skipped]')).toHaveCount(0)
    expect(errors).toEqual([])
  })
})

test.describe('installing the site', () => {
  test('Chromium finds nothing that stops it being installed', async () => {
    // Lighthouse 12 has no installability audit any more (its PWA category is gone), so ask
    // Chromium itself, in a normal (not incognito) profile as a phone would use.
    const profile = mkdtempSync(path.join(tmpdir(), 'nabado-install-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: testChromiumPath(),
      args: CHROMIUM_FLAGS,
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(proxy.origin + SEED_ARTICLE.path)
      await controlled(page)
      const cdp = await context.newCDPSession(page)
      const manifest = await cdp.send('Page.getAppManifest')
      expect(manifest.errors).toEqual([])
      expect(manifest.url).toBe(`${proxy.origin}/manifest.webmanifest`)
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      expect(installabilityErrors).toEqual([])
    } finally {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  })

  test('the worker script is not asked for again on every page', async ({ page }) => {
    await page.goto(proxy.origin + ARTICLES[0]!)
    await controlled(page)
    for (const article of ARTICLES) {
      await page.goto(proxy.origin + article)
      await page.waitForTimeout(1_500)
    }
    // Chromium checks a worker after each navigation; the HTTP cache answers for an hour.
    expect(proxy.requests((p) => p === '/sw.js')).toHaveLength(1)
  })

  test('the manifest names the site, both icons and the colours', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest')
    expect(response.status()).toBe(200)
    const manifest = await response.json()
    expect(manifest).toMatchObject({
      name: 'Nabado',
      short_name: 'Nabado',
      start_url: '/',
      display: 'standalone',
      theme_color: '#fbf8f3',
      background_color: '#fbf8f3',
    })
    for (const size of [192, 512]) {
      const icon = await request.get(`/icons/icon-${size}.png`)
      expect(icon.headers()['content-type']).toBe('image/png')
      const png = await icon.body()
      // The PNG header's width and height.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size])
    }
    const page = await request.get(SEED_ARTICLE.path)
    const html = await page.text()
    expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"[^>]*\/>/)
    expect(html).toContain(
      '<meta name="theme-color" media="(prefers-color-scheme: light)" content="#fbf8f3"/>',
    )
    expect(html).toContain(
      '<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#1d1a17"/>',
    )
  })

  test('the worker is served from /sw.js, checked hourly at most, with its own policy', async ({
    request,
  }) => {
    const response = await request.get('/sw.js')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/javascript/)
    expect(response.headers()['cache-control']).toBe('public, max-age=3600')
    expect(response.headers()['content-security-policy']).toBe(
      "default-src 'none'; connect-src 'self' https://cdn.sanity.io",
    )
    const csp = (await request.get('/')).headers()['content-security-policy']!
    expect(csp).toContain("worker-src 'self'")
    expect(csp).toContain("manifest-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  })
})

function isContentImageUrl(url: string) {
  return isContentImage(new URL(url).pathname)
}
