import { expect, test, type APIRequestContext } from '@playwright/test'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

// A CDN in front of the site can only help readers if responses say what may be cached:
// content-hashed build assets for a year, immutable; prerendered pages shared (s-maxage)
// and served stale while the origin refreshes them. And readers never download Sanity's
// client, live-preview or visual-editing code (draft mode only).

const ARTICLE = SEED_ARTICLE.path
const PAGES = ['/', ARTICLE, '/support', '/category/relationships']

/** Strings that occur only in Sanity's client and visual-editing code (see bench/weight.ts). */
const SANITY_MARKERS = ['apicdn.sanity.io', 'X-Sanity-Project-ID', 'sanity-comlink']

/** The page's own scripts and stylesheets, as the HTML names them (nomodule ones aside). */
async function assets(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text()
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter(([, attributes]) => !/\bnomodule\b/.test(attributes!))
    .map(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes!)?.[1])
    .filter((src): src is string => Boolean(src))
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href))
  return { scripts, styles }
}

test.describe('cache headers', () => {
  for (const path of PAGES) {
    test(`${path} may be shared by a CDN and served stale while it refreshes`, async ({
      request,
    }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      const cacheControl = response.headers()['cache-control'] ?? ''
      expect(cacheControl).not.toMatch(/private|no-store|no-cache/)
      const sMaxAge = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1])
      const stale = Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1])
      // Shared caches keep a page at least a minute, then serve it stale while refreshing.
      expect(sMaxAge, cacheControl).toBeGreaterThanOrEqual(60)
      expect(stale, cacheControl).toBeGreaterThan(0)
    })
  }

  test('content-hashed scripts and styles are public, immutable and kept a year', async ({
    request,
  }) => {
    const { scripts, styles } = await assets(request, ARTICLE)
    // Next.js's stylesheet, and the reader pages' one script, named by its content hash.
    expect(styles.length).toBeGreaterThan(0)
    expect(scripts).toEqual([expect.stringMatching(/^\/enhance\/enhance\.[0-9a-f]{10}\.js$/)])
    const hashed = [...scripts, ...styles.filter((href) => href.startsWith('/_next/static/'))]
    expect(hashed.length).toBe(styles.length + 1)
    for (const src of hashed) {
      const response = await request.get(src)
      expect(response.status(), src).toBe(200)
      expect(response.headers()['cache-control'], src).toBe('public, max-age=31536000, immutable')
    }
  })

  test('a page that is not there is not cached for a year', async ({ request }) => {
    const response = await request.get('/no-such-page-for-cache-headers')
    expect(response.status()).toBe(404)
    expect(response.headers()['cache-control'] ?? '').not.toContain('immutable')
  })
})

test('no script an article reader downloads carries Sanity client or visual-editing code', async ({
  request,
}) => {
  const { scripts } = await assets(request, ARTICLE)
  expect(scripts.length).toBeGreaterThan(0)
  for (const src of scripts) {
    const body = await (await request.get(src)).text()
    for (const marker of SANITY_MARKERS)
      expect(body, `${src} contains ${marker}`).not.toContain(marker)
  }
})
