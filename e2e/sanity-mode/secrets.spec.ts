import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test, type APIResponse } from '@playwright/test'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { editorClient, SANITY_DIST_DIR as DIST_DIR, STAND_IN } from './setup.ts'
import { SEED_ARTICLE } from '../../tests/seed-article.ts'

// The Sanity-mode site is built and run with the dummy read token and webhook secret of
// setup.ts. Neither may reach a browser: not in a file the build or the running server writes
// for browsers (static assets, prerendered HTML, RSC payloads, cached ISR renders, public/),
// not in any answer of any route, header or body, with or without draft mode.
//
// Order-independent: it only reads, and turns draft mode on in its own browser context. It
// runs on the build the Playwright config makes (.next-sanity); a helper's own build can be
// named with E2E_SANITY_DIST_DIR, and its stand-in with E2E_STAND_IN_URL.

const ARTICLE = SEED_ARTICLE.path

/** App Router pages, which answer an RSC request with their payload (the Studio). */
const APP_PAGES = /^\/studio.*$/
/** Reader pages (Pages Router), whose props are public at /_next/data/<build id>/<path>.json. */
const READER_PAGES = /^\/(|\d{4}\/.*|category\/.*|author\/.*|support|search\?.*)$/

/** The address of a reader page's getStaticProps/getServerSideProps data. */
function dataPath(path: string): string {
  const buildId = readFileSync(join(DIST_DIR, 'BUILD_ID'), 'utf8').trim()
  const url = new URL(path, 'http://x')
  return `/_next/data/${buildId}${url.pathname === '/' ? '/index' : url.pathname}.json${url.search}`
}

const SECRETS = { 'read token': STAND_IN.token, 'webhook secret': STAND_IN.webhookSecret }

/**
 * Every form a secret could leak in: as is (it is letters and digits only, so URL- and
 * JSON-escaping leave it unchanged), base64 (an Authorization header or a cookie echoed
 * back), and either half of it (a truncated log line or error message).
 */
function needles(): Array<{ name: string; value: Buffer }> {
  return Object.entries(SECRETS).flatMap(([name, secret]) => {
    const half = Math.floor(secret.length / 2)
    return [
      { name, value: Buffer.from(secret) },
      { name: `${name} (base64)`, value: Buffer.from(Buffer.from(secret).toString('base64')) },
      {
        name: `${name} (base64url)`,
        value: Buffer.from(Buffer.from(secret).toString('base64url')),
      },
      { name: `${name} (first half)`, value: Buffer.from(secret.slice(0, half)) },
      { name: `${name} (second half)`, value: Buffer.from(secret.slice(half)) },
    ]
  })
}
const NEEDLES = needles()

function leaksIn(bytes: Buffer | string): string[] {
  const haystack = typeof bytes === 'string' ? Buffer.from(bytes) : bytes
  return NEEDLES.filter((needle) => haystack.includes(needle.value)).map((needle) => needle.name)
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
}

/** Files Next.js serves to browsers, or renders pages and RSC payloads from. */
function browserFacingFiles(): string[] {
  const prerendered = (dir: string) =>
    walk(dir).filter((path) => /\.(html|rsc|body|meta)$/.test(path) || /\.segments[\\/]/.test(path))
  return [
    ...walk(join(DIST_DIR, 'static')),
    ...prerendered(join(DIST_DIR, 'server', 'app')),
    // The reader pages (Pages Router): their HTML and their props as JSON.
    ...walk(join(DIST_DIR, 'server', 'pages')).filter((path) => /\.(html|json)$/.test(path)),
    // Pages rendered at run time (ISR) are written here and served from here.
    ...prerendered(join(DIST_DIR, 'server', 'route-cache')),
    ...walk('public'),
  ]
}

/** Headers and body of one answer, as they left the server. */
async function leaksInResponse(response: APIResponse): Promise<string[]> {
  const headers = response
    .headersArray()
    .map(({ name, value }) => `${name}: ${value}`)
    .join('\n')
  return [...leaksIn(headers), ...leaksIn(await response.body())]
}

test.describe('the read token and webhook secret never reach a browser', () => {
  test('the scan finds a secret in any of its forms (it can fail)', () => {
    for (const secret of Object.values(SECRETS)) {
      expect(leaksIn(`x${secret}x`).length).toBeGreaterThan(0)
      expect(leaksIn(Buffer.from(secret).toString('base64')).length).toBeGreaterThan(0)
      expect(leaksIn(`Bearer ${secret.slice(0, 22)}…`).length).toBeGreaterThan(0)
    }
    expect(leaksIn('e2e-read-write-token, nabado, relationships')).toEqual([])
  })

  test('the build output for browsers holds neither', () => {
    const files = browserFacingFiles()
    // The scan covers a real build: assets, prerendered pages and their payloads (RSC for
    // App Router routes, the props as JSON for the reader pages).
    expect(files.filter((path) => path.includes(`${DIST_DIR}/static/`)).length).toBeGreaterThan(50)
    expect(files.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(10)
    expect(files.filter((path) => path.endsWith('.rsc')).length).toBeGreaterThan(5)
    expect(
      files.filter((path) => path.includes(`${join('server', 'pages')}`) && path.endsWith('.json'))
        .length,
    ).toBeGreaterThan(10)
    const leaks = files.flatMap((path) =>
      leaksIn(readFileSync(path)).map((name) => `${relative('.', path)}: ${name}`),
    )
    expect(leaks).toEqual([])
  })

  test('no answer of any route carries either, in headers or body', async ({ request }) => {
    test.setTimeout(90_000)
    const leaks: string[] = []
    const check = async (label: string, response: APIResponse, status?: number | number[]) => {
      if (status !== undefined)
        expect([status].flat(), `${label}: status`).toContain(response.status())
      leaks.push(...(await leaksInResponse(response)).map((name) => `${label}: ${name}`))
    }
    const get = (path: string, headers?: Record<string, string>) =>
      request.get(path, { maxRedirects: 0, failOnStatusCode: false, headers })

    // Later pages exist or not depending on how many posts earlier Sanity-mode specs published
    // (rich-content-studio adds two): either answer is checked for leaks.
    const later = [200, 404]
    const pages: Array<[string, number | number[]]> = [
      ['/', 200],
      [ARTICLE, 200],
      ['/category/relationships', 200],
      ['/author/nabado-editors', 200],
      ['/page/2', later],
      ['/category/relationships/page/2', later],
      ['/support', 200],
      ['/search?q=love', 200],
      ['/search?q=love&page=2', later],
      ['/no-such-page-anywhere', 404],
      ['/2026/02/28/no-such-article', 404],
      ['/2026/13/45/impossible-date', 404],
      ['/%FF', 400],
      ['/studio', 200],
      ['/studio/structure', 200],
      ['/studio/presentation', 200],
      ['/feed', 200],
      ['/feed.xml', 200],
      ['/sitemap.xml', 200],
      ['/sitemap/0.xml', 200],
      ['/sitemap/99.xml', 404],
      ['/robots.txt', 200],
      ['/opengraph-image', 200],
      ['/logo.png', 200],
    ]
    for (const [path, status] of pages) {
      await check(path, await get(path), status)
      // The RSC payload of a client-side navigation to the same page (App Router).
      if (status === 200 && APP_PAGES.test(path)) {
        // Next.js redirects a bare RSC request to its cache-busting ?_rsc= address.
        const rsc = await request.get(path, { headers: { RSC: '1' }, failOnStatusCode: false })
        expect(rsc.headers()['content-type'], `${path} (RSC)`).toContain('text/x-component')
        await check(`${path} (RSC)`, rsc, 200)
      }
      // A reader page's props, public as JSON though no reader page fetches them.
      if (status === 200 && READER_PAGES.test(path)) {
        const data = await get(dataPath(path), { 'x-nextjs-data': '1' })
        expect(data.headers()['content-type'], `${path} (data)`).toContain('application/json')
        await check(`${path} (data)`, data, 200)
      }
    }

    // The article's share image, at the address the page itself names.
    const html = await (await get(ARTICLE)).text()
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(ogImage, 'the article names its share image').toBeTruthy()
    await check('article og:image', await get(new URL(ogImage!).pathname), 200)

    // Draft mode refused: no secret, a made-up one, and one of the wrong shape.
    for (const query of [
      '',
      '?sanity-preview-secret=not-a-secret&sanity-preview-pathname=/',
      `?sanity-preview-secret=${'A'.repeat(64)}&sanity-preview-pathname=${ARTICLE}`,
    ])
      await check(
        `/api/draft-mode/enable${query}`,
        await get(`/api/draft-mode/enable${query}`),
        [400, 401],
      )
    await check('/api/draft-mode/disable', await get('/api/draft-mode/disable'), 307)

    // The webhook's error answers: unsigned, badly signed, signed with another secret,
    // oversized, and a method it does not take.
    const body = JSON.stringify({ _type: 'post', slug: 'x' })
    const post = (headers: Record<string, string>, data: string = body) =>
      request.post('/api/revalidate', { data, headers, failOnStatusCode: false })
    await check('revalidate unsigned', await post({}), 401)
    await check(
      'revalidate bad signature',
      await post({ [SIGNATURE_HEADER_NAME]: 't=1,v1=bm90LWEtc2lnbmF0dXJl' }),
      401,
    )
    await check(
      'revalidate other secret',
      await post({
        [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), 'another-secret'),
      }),
      401,
    )
    const notJson = '{"_type":'
    await check(
      'revalidate signed, not JSON',
      await post(
        {
          [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(
            notJson,
            Date.now(),
            STAND_IN.webhookSecret,
          ),
        },
        notJson,
      ),
      400,
    )
    await check('revalidate oversized', await post({}, 'x'.repeat(100_000)), 413)
    await check('revalidate GET', await get('/api/revalidate'), 405)
    expect(leaks).toEqual([])
  })

  test('nor does anything an editor in draft mode is sent', async ({ browser, baseURL }) => {
    test.setTimeout(90_000)
    // The server really holds the token: it checks this one-time secret with it.
    const { secret } = await createPreviewSecret(editorClient, 'e2e', '/studio', 'e2e-secrets')
    const context = await browser.newContext()
    const page = await context.newPage()
    const leaks: string[] = []
    const seen: string[] = []
    const reads: Array<Promise<void>> = []
    let listening = true
    page.on('response', (response) => {
      if (!listening || !response.url().startsWith(baseURL!)) return
      seen.push(response.url())
      const read = async () => {
        const headers = (await response.headersArray())
          .map(({ name, value }) => `${name}: ${value}`)
          .join('\n')
        const redirect = response.status() >= 300 && response.status() < 400
        // A body the browser dropped (a navigation away) cannot be read; its headers were.
        const body = redirect ? '' : await response.body().catch(() => '')
        leaks.push(
          ...[...leaksIn(headers), ...leaksIn(body)].map((name) => `${response.url()}: ${name}`),
        )
      }
      reads.push(read())
    })
    await page.goto(
      `/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${encodeURIComponent(ARTICLE)}`,
    )
    await expect(page).toHaveURL(ARTICLE)
    await expect(page.getByText('Preview: you are seeing unpublished drafts.')).toBeVisible()
    // The cookie the browser now holds, and the pages it is shown in draft mode.
    const cookies = JSON.stringify(await context.cookies())
    expect(cookies).toContain('__prerender_bypass')
    leaks.push(...leaksIn(cookies).map((name) => `cookies: ${name}`))
    for (const path of ['/', '/category/relationships', '/search?q=love']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    await page.goto('/studio')
    await page.waitForLoadState('networkidle')
    listening = false
    await Promise.all(reads)
    await page.close()
    await context.close()
    expect(seen.length).toBeGreaterThan(10)
    expect(leaks).toEqual([])
  })
})
