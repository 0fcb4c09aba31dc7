import { describe, expect, it } from 'vitest'
import { SEED_ARTICLE } from '@/tests/seed-article.ts'
import hostile from '@/e2e/fixtures/hostile-inputs.json' with { type: 'json' }
import { articlePathOf, receiveRead, type ReadDeps, type ReadRequest } from './receive-read.ts'

// The beacon's decisions, apart from Next.js: which bodies are an article's path, which
// senders are left out (bots, other sites, editors' previews, an address over its limit),
// and that nothing but a published article's path is ever counted.

const CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
const ARTICLE = SEED_ARTICLE.path

function deps(overrides: Partial<ReadDeps> = {}) {
  const counted: string[] = []
  const warnings: string[] = []
  const value: ReadDeps = {
    slugAt: async (path) => (path === ARTICLE ? SEED_ARTICLE.slug : null),
    count: async (slug) => {
      counted.push(slug)
    },
    allow: () => true,
    now: () => new Date('2031-03-01T09:00:00Z'),
    warn: (message) => warnings.push(message),
    ...overrides,
  }
  return { deps: value, counted, warnings }
}

const beacon = (overrides: Partial<ReadRequest> = {}): ReadRequest => ({
  method: 'POST',
  body: ARTICLE,
  userAgent: CHROME,
  fetchSite: 'same-origin',
  inDraftMode: false,
  clientAddress: '203.0.113.7',
  ...overrides,
})

describe('a read beacon', () => {
  it("counts a browser's read of a published article, by its slug", async () => {
    const { deps: d, counted } = deps()
    expect(await receiveRead(beacon(), d)).toBe('counted')
    expect(counted).toEqual([SEED_ARTICLE.slug])
  })

  it('counts a body with the newline a script may add, and no Sec-Fetch-Site (older browsers)', async () => {
    const { deps: d, counted } = deps()
    expect(await receiveRead(beacon({ body: `${ARTICLE}\n`, fetchSite: undefined }), d)).toBe(
      'counted',
    )
    expect(counted).toHaveLength(1)
  })

  it.each([
    ['a crawler', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Bing', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
    ['a headless browser', CHROME.replace('Chrome/', 'HeadlessChrome/')],
    ['curl', 'curl/8.5.0'],
    ['a script', 'python-requests/2.32.3'],
    ['no user agent', undefined],
    ['an empty user agent', ''],
  ])('leaves out %s', async (_, userAgent) => {
    const { deps: d, counted } = deps()
    expect(await receiveRead(beacon({ userAgent }), d)).toBe('bot')
    expect(counted).toEqual([])
  })

  it("leaves out another site's beacon, an editor's preview and an address over its limit", async () => {
    const { deps: d, counted } = deps({ allow: (address) => address !== '198.51.100.1' })
    expect(await receiveRead(beacon({ fetchSite: 'cross-site' }), d)).toBe('cross-site')
    expect(await receiveRead(beacon({ inDraftMode: true }), d)).toBe('draft-mode')
    expect(await receiveRead(beacon({ clientAddress: '198.51.100.1' }), d)).toBe('over-limit')
    expect(counted).toEqual([])
  })

  it('counts nothing for an address that is not a published article', async () => {
    const { deps: d, counted } = deps()
    for (const body of [
      '/2026/02/14/no-such-article',
      '/2099/01/01/from-the-future',
      '/about',
      '/',
      '/category/relationships',
    ]) {
      expect(await receiveRead(beacon({ body }), d)).toMatch(/^(not-an-article|not-a-path)$/)
    }
    expect(counted).toEqual([])
  })

  it('counts nothing for hostile bodies, and never throws', async () => {
    const { deps: d, counted } = deps({
      // A lookup that would count anything it were given: only the parser stands in the way.
      slugAt: async (path) => path,
    })
    const bodies = [
      '',
      ' ',
      '\u0000',
      `${ARTICLE}?utm=1`,
      `${ARTICLE}/`,
      `${ARTICLE}#x`,
      `https://evil.example${ARTICLE}`,
      `//evil.example${ARTICLE}`,
      `${ARTICLE}\n${ARTICLE}`,
      JSON.stringify({ path: ARTICLE }),
      '/2026/13/01/slug',
      '/2026/02/30/slug',
      '/2026/02/14/UPPER',
      "/2026/02/14/x' OR 1=1 --",
      '/2026/02/14/' + 'a'.repeat(201),
    ]
    for (const body of bodies) {
      expect(await receiveRead(beacon({ body }), d), JSON.stringify(body)).toBe('not-a-path')
    }
    expect(counted).toEqual([])
  })

  it("counts nothing for the site's corpus of hostile addresses (e2e/fixtures/hostile-inputs.json)", async () => {
    const { deps: d, counted } = deps()
    const paths = hostile.cases.map((c) => ('path' in c ? String(c.path) : ''))
    expect(paths.length).toBeGreaterThan(100)
    for (const body of paths) {
      expect(await receiveRead(beacon({ body }), d), body).not.toBe('counted')
    }
    expect(counted).toEqual([])
  })

  it('answers, not throws, when the content or the database is down, and says so in a log line', async () => {
    const { deps: lookupDown, warnings } = deps({
      slugAt: async () => {
        throw new Error('content lake down\nsecret detail')
      },
    })
    expect(await receiveRead(beacon(), lookupDown)).toBe('failed')
    const { deps: databaseDown } = deps({
      count: async () => {
        throw new Error('connect ECONNREFUSED')
      },
    })
    expect(await receiveRead(beacon(), databaseDown)).toBe('failed')
    expect(warnings).toEqual(['reads: a read was not counted: content lake down'])
  })
})

describe("an article's path", () => {
  it('is /YYYY/MM/DD/slug with a real date and a slug as the site writes them', () => {
    expect(articlePathOf(ARTICLE)).toBe(ARTICLE)
    expect(articlePathOf('/2024/02/29/leap-day')).toBe('/2024/02/29/leap-day')
    expect(articlePathOf('/2023/02/29/not-a-leap-day')).toBeNull()
    expect(articlePathOf('/2026/02/14/a--b')).toBeNull()
  })
})
