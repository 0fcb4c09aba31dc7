import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { editorClient, SANITY_DIST_DIR } from './setup.ts'

// Made-up addresses under routes with params (/category/x, /author/x, /YYYY/MM/DD/x) answer
// 404 without a file on disk, so bots cannot fill it (lib/cache-handlers/disk-handler.mjs); real pages
// rendered on demand are still written to the ISR cache, and a page that goes away has its
// files removed, never served again after a restart. Likewise Next.js's data cache
// keeps Sanity answers that found nothing (a made-up slug, a search without hits) in memory,
// and still writes the answers that found something.

const ROUTE_CACHE = join(SANITY_DIST_DIR, 'server', 'route-cache')
const DATA_CACHE = join(SANITY_DIST_DIR, 'cache', 'fetch-cache')

/** The data cache's files (one per distinct query and parameters, named by hash). */
function dataCacheFiles(): Set<string> {
  return existsSync(DATA_CACHE) ? new Set(readdirSync(DATA_CACHE)) : new Set()
}

/** Files under the run-time ISR cache whose path holds `text`. */
function cachedFiles(text: string): string[] {
  if (!existsSync(ROUTE_CACHE)) return []
  return readdirSync(ROUTE_CACHE, { recursive: true, encoding: 'utf8' }).filter((path) =>
    path.includes(text),
  )
}

/** The status of an address's render on disk, from its .meta file (none stored means 200). */
function cachedStatus(path: string): number | undefined {
  const meta = cachedFiles(`$${path}.meta`)[0]
  if (!meta) return undefined
  const { status } = JSON.parse(readFileSync(join(ROUTE_CACHE, meta), 'utf8')) as {
    status?: number
  }
  return status ?? 200
}

test('404s of made-up addresses are not written to disk; real pages still are', async ({
  request,
}) => {
  test.setTimeout(60_000)
  const marker = `made-up-${Date.now()}`
  const dataBefore = dataCacheFiles()
  const madeUp = [
    `/category/${marker}`,
    `/author/${marker}`,
    `/2026/02/28/${marker}`,
    `/2025/01/01/${marker}-a`,
    `/category/${marker}-b`,
  ]
  for (const path of madeUp) {
    expect((await request.get(path)).status(), path).toBe(404)
    // Asked again (a bot retrying): still a 404, from memory or a new render.
    expect((await request.get(path)).status(), path).toBe(404)
  }
  for (const words of [marker, `${marker} zzqx`]) {
    const search = await request.get(`/search?q=${encodeURIComponent(words)}`)
    expect(search.status()).toBe(200)
    expect(await search.text()).toContain('>0 results<')
  }
  const newDataFiles = () => [...dataCacheFiles()].filter((file) => !dataBefore.has(file))
  expect(newDataFiles()).toEqual([])

  // A post published after the build renders on its first request and is cached on disk.
  const slug = `cached-on-demand-${Date.now()}`
  const path = `/2026/03/02/${slug}`
  await editorClient.create({
    _id: `post-${slug}`,
    _type: 'post',
    title: 'Cached On Demand',
    slug: { _type: 'slug', current: slug },
    publishedAt: '2026-03-02T09:00:00+03:00',
  })
  try {
    await expect.poll(async () => (await request.get(path)).status(), { timeout: 10_000 }).toBe(200)
    await expect.poll(() => cachedStatus(path), { timeout: 5_000 }).toBe(200)
    // Its share image's query found the post: that answer is written to the data cache.
    // (Reader pages use none: the page is the cache.)
    const html = await (await request.get(path)).text()
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(image).toBeTruthy()
    expect((await request.get(new URL(image!).pathname)).status()).toBe(200)
    await expect.poll(() => newDataFiles().length, { timeout: 5_000 }).toBeGreaterThan(0)
  } finally {
    // Deleted: the publish webhook renders it again, a 404 now, and its page leaves the disk.
    await editorClient.delete(`post-${slug}`)
  }
  await expect.poll(async () => (await request.get(path)).status(), { timeout: 10_000 }).toBe(404)
  // Nothing of it is left to serve after a restart.
  await expect.poll(() => cachedFiles(`$${path}.`), { timeout: 5_000 }).toEqual([])

  expect(cachedFiles(marker)).toEqual([])
})
