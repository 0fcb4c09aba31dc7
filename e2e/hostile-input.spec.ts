import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { rawRequest } from './helpers/raw-http.ts'
import { bodyCases, bodyOf, sendBody } from './helpers/webhook-cases.ts'

/**
 * Every hostile input in every route and query parameter (e2e/fixtures/hostile-inputs.json,
 * described in docs/security.md) is answered with a status a reader or crawler can act on,
 * never a 5xx, and never reflected as live markup.
 */

type Case = {
  route: string
  kind: string
  input: string
  path: string
  repeat?: { text: string; times: number }
  method?: string
}

const corpus = JSON.parse(
  readFileSync(new URL('./fixtures/hostile-inputs.json', import.meta.url), 'utf8'),
) as { cases: Case[] }
// Requests by address; the entries with a method and a body are run apart, below.
const cases = corpus.cases.filter((c) => c.method === undefined)

const ALLOWED = [200, 308, 400, 404, 414, 431]

/** Markup that must never come back unescaped. */
const INJECTED = [
  '<script>alert(1)</script>',
  'onerror=alert(1)>',
  '<img src=x',
  '<svg onload=alert(1)>',
]

/**
 * A path (not the query) whose percent-encoding is not UTF-8 (`%FF`, `%C3%28`): Next.js 16.4
 * fails to decode it while matching a dynamic route and answers a bare 500 before any page
 * code runs. Known issue (docs/security.md); checked apart, as an expected failure, so the
 * day it answers 400 the test below says so.
 */
function undecodablePath(path: string): boolean {
  const pathname = path.split('?')[0] ?? ''
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

function rawPath(c: Case): string {
  return c.repeat ? c.path.replace('{REPEAT}', c.repeat.text.repeat(c.repeat.times)) : c.path
}

/**
 * Whether the WHATWG URL parser (which Playwright's request context uses) would send the path
 * unchanged. It resolves ../ and %2e%2e segments and re-encodes some characters, so those
 * paths go out through node:http, which writes the request line exactly as given.
 */
function survivesUrlParsing(path: string, base: string): boolean {
  const url = new URL(path, base)
  return url.pathname + url.search === path
}

type Answer = { status: number; body: string; location?: string } | { reset: string }

/** One GET with the path on the request line byte for byte; no redirects followed. */
async function rawGet(base: string, path: string): Promise<Answer> {
  // The server may answer a 1 MB request line and close before reading all of it.
  const answer = await rawRequest(base, { method: 'GET', path, timeoutMs: 30_000 })
  if ('reset' in answer) return answer
  return { status: answer.status, body: answer.body, location: answer.headers.location }
}

test.describe('hostile input', () => {
  test.describe.configure({ timeout: 15 * 60_000 })

  test(`the corpus has at least 200 cases over every route parameter`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(200)
    expect(bodyCases().length).toBeGreaterThanOrEqual(30)
    const routes = new Set(cases.map((c) => c.route))
    for (const route of [
      'permalink year',
      'permalink month',
      'permalink day',
      'permalink slug',
      '/slug',
      '/page/n',
      '/category/slug',
      '/category/slug/page/n',
      '/author/slug',
      '/search?q=',
      '/search&page=',
    ])
      expect(routes).toContain(route)
  })

  test('is answered with 200, 308, 400, 404, 414 or 431, never a 5xx, and never reflected', async ({
    request,
    baseURL,
  }) => {
    const base = baseURL ?? 'http://127.0.0.1:3100'
    const failures: string[] = []
    for (const c of cases.filter((c) => !undecodablePath(c.path))) {
      const path = rawPath(c)
      const label = `${c.route} ← ${c.kind}: ${c.input}`
      let answer: Answer
      if (path.length < 20_000 && survivesUrlParsing(path, base)) {
        const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false })
        answer = {
          status: response.status(),
          body: await response.text(),
          location: response.headers().location,
        }
      } else {
        answer = await rawGet(base, path)
      }
      if ('reset' in answer) {
        // Only a request line far beyond the server's limit may be cut off.
        if (path.length < 100_000) failures.push(`${label}: connection ${answer.reset}`)
        continue
      }
      if (!ALLOWED.includes(answer.status)) failures.push(`${label}: status ${answer.status}`)
      for (const markup of INJECTED)
        if (answer.body.includes(markup)) failures.push(`${label}: body reflects ${markup}`)
      if (answer.location && /[\r\n]/.test(answer.location))
        failures.push(`${label}: Location carries a line break`)
    }
    expect(failures).toEqual([])
  })

  test('undecodable percent-encoding in a path is a 400, not a 500', async ({ baseURL }) => {
    // Next.js 16.4 alone answers these with a bare 500; proxy.ts refuses them first.
    const base = baseURL ?? 'http://127.0.0.1:3100'
    const undecodable = cases.filter((c) => undecodablePath(c.path))
    expect(undecodable.length).toBeGreaterThan(0)
    const statuses = new Set<number>()
    for (const c of undecodable) {
      const answer = await rawGet(base, rawPath(c))
      if ('status' in answer) statuses.add(answer.status)
    }
    expect([...statuses].filter((status) => status >= 500)).toEqual([])
    expect(statuses).toContain(400)
  })

  test('webhook bodies (bombs, nesting, wrong types) get a short 4xx, never a 5xx', async ({
    baseURL,
  }) => {
    // Unsigned here (the bundled site has no webhook secret): the body is read under its cap
    // first, then refused. e2e/sanity-mode/webhook-bodies.spec.ts sends them signed.
    const base = baseURL ?? 'http://127.0.0.1:3100'
    const failures: string[] = []
    for (const c of bodyCases()) {
      const headers: Record<string, string> = {}
      if (c.contentType) headers['content-type'] = c.contentType
      if (c.contentEncoding) headers['content-encoding'] = c.contentEncoding
      const answer = await sendBody(base, {
        method: c.method,
        path: c.path,
        body: bodyOf(c),
        headers,
      })
      const label = `${c.kind}: ${c.input}`
      if ('reset' in answer) failures.push(`${label}: connection ${answer.reset}`)
      else if (![400, 401, 413].includes(answer.status)) failures.push(`${label}: ${answer.status}`)
      else if (answer.body.length > 200)
        failures.push(`${label}: a ${answer.body.length}-byte answer`)
    }
    expect(failures).toEqual([])
  })

  test('leaves the server answering the home page', async ({ request }) => {
    const response = await request.get('/')
    expect(response.status()).toBe(200)
  })
})
