import { describe, expect, it } from 'vitest'
import {
  commonSecurityHeaders,
  HSTS,
  PERMISSIONS_POLICY,
  readerContentSecurityPolicy,
  securityHeaderRules,
  sendsHsts,
  studioApiHostSources,
  studioContentSecurityPolicy,
  workerContentSecurityPolicy,
  workerImageOrigins,
} from './security-headers.ts'

/** A policy as a map of directive → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('readerContentSecurityPolicy', () => {
  const csp = parse(readerContentSecurityPolicy())

  it('is the strict static-page policy', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'https://cdn.sanity.io'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'self'"],
    })
  })

  it('allows each inline script by its SHA-256 hash, and nothing inline else', () => {
    const policy = parse(readerContentSecurityPolicy({ inlineScripts: ['alert(1)', 'x=2'] }))
    // The digests of those exact texts, as a browser computes them (base64 of SHA-256).
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      "'sha256-kxiJVsOt9Ob70VFwRiF+JyKbeInUvWM36UZLZkutgXI='",
    ])
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
  })

  it('never allows eval', () => {
    expect(readerContentSecurityPolicy()).not.toContain('unsafe-eval')
  })

  it('adds the origin of an image host override to img-src, and only there', () => {
    const withHost = parse(
      readerContentSecurityPolicy({ imageHost: 'http://127.0.0.1:3334/some/prefix' }),
    )
    expect(withHost.get('img-src')).toEqual([
      "'self'",
      'data:',
      'https://cdn.sanity.io',
      'http://127.0.0.1:3334',
    ])
    expect(withHost.get('connect-src')).toEqual(["'self'"])
    for (const bad of ['not a url', 'javascript:alert(1)', 'ftp://images.example']) {
      expect(parse(readerContentSecurityPolicy({ imageHost: bad }))).toEqual(csp)
    }
  })
})

describe('workerContentSecurityPolicy', () => {
  it('lets the offline worker fetch from the site and the image CDN, and nothing else', () => {
    expect(Object.fromEntries(parse(workerContentSecurityPolicy()))).toEqual({
      'default-src': ["'none'"],
      'connect-src': ["'self'", 'https://cdn.sanity.io'],
    })
    const withHost = parse(workerContentSecurityPolicy({ imageHost: 'http://127.0.0.1:3334/x' }))
    expect(withHost.get('connect-src')).toEqual([
      "'self'",
      'https://cdn.sanity.io',
      'http://127.0.0.1:3334',
    ])
    expect(workerContentSecurityPolicy()).not.toMatch(/unsafe|script-src/)
  })

  it('names the same image origins the worker is built with', () => {
    expect(workerImageOrigins()).toEqual(['https://cdn.sanity.io'])
    expect(workerImageOrigins('https://img.example/prefix')).toEqual([
      'https://cdn.sanity.io',
      'https://img.example',
    ])
    expect(workerImageOrigins('javascript:alert(1)')).toEqual(['https://cdn.sanity.io'])
  })
})

describe('studioContentSecurityPolicy', () => {
  it("talks to Sanity's API and CDN, without eval", () => {
    const csp = parse(studioContentSecurityPolicy({ projectId: 'abc123' }))
    expect(csp.get('connect-src')).toEqual(
      expect.arrayContaining([
        "'self'",
        'https://abc123.api.sanity.io',
        'wss://abc123.api.sanity.io',
        'https://*.api.sanity.io',
        'wss://*.api.sanity.io',
      ]),
    )
    expect(csp.get('img-src')).toContain('https://cdn.sanity.io')
    expect(csp.get('script-src')).toEqual([
      "'self'",
      "'unsafe-inline'",
      'https://core.sanity-cdn.com',
    ])
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(studioContentSecurityPolicy()).not.toContain('unsafe-eval')
  })

  it("adds the tests' API host override with the project id in front", () => {
    const csp = parse(
      studioContentSecurityPolicy({
        projectId: 'e2etest',
        studioApiHost: 'https://localhost:3443',
      }),
    )
    expect(csp.get('connect-src')).toEqual(
      expect.arrayContaining([
        'https://localhost:3443',
        'https://e2etest.localhost:3443',
        'wss://e2etest.localhost:3443',
      ]),
    )
  })
})

describe('studioApiHostSources', () => {
  it('is empty without an override or with a bad one', () => {
    expect(studioApiHostSources()).toEqual([])
    expect(studioApiHostSources('not a url')).toEqual([])
    expect(studioApiHostSources('javascript:alert(1)')).toEqual([])
  })

  it('uses a wildcard subdomain when the project id is unknown', () => {
    expect(studioApiHostSources('https://proxy.example.com')).toEqual([
      'https://proxy.example.com',
      'wss://proxy.example.com',
      'https://*.proxy.example.com',
      'wss://*.proxy.example.com',
    ])
  })

  it('keeps plain http with ws', () => {
    expect(studioApiHostSources('http://localhost:3334', 'p')).toEqual([
      'http://localhost:3334',
      'ws://localhost:3334',
      'http://p.localhost:3334',
      'ws://p.localhost:3334',
    ])
  })
})

describe('commonSecurityHeaders', () => {
  const keys = (headers: { key: string }[]) => headers.map((h) => h.key)

  it('sends nosniff, the referrer policy and the permissions policy', () => {
    const headers = commonSecurityHeaders({ production: false })
    expect(headers).toEqual([
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    ])
  })

  it('turns off what the site does not use, keeping clipboard-write and web-share', () => {
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'interest-cohort',
    ])
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`)
    expect(PERMISSIONS_POLICY).toContain('clipboard-write=(self)')
    expect(PERMISSIONS_POLICY).toContain('web-share=(self)')
  })

  it('sends HSTS only from a production build with an https origin', () => {
    expect(sendsHsts({ production: true, siteUrl: 'https://nabado.co.ke' })).toBe(true)
    expect(sendsHsts({ production: false, siteUrl: 'https://nabado.co.ke' })).toBe(false)
    expect(sendsHsts({ production: true, siteUrl: 'http://localhost:3000' })).toBe(false)
    expect(sendsHsts({ production: true })).toBe(false)
    expect(
      commonSecurityHeaders({ production: true, siteUrl: 'https://nabado.co.ke' }),
    ).toContainEqual({ key: 'Strict-Transport-Security', value: HSTS })
    expect(keys(commonSecurityHeaders({ production: true }))).not.toContain(
      'Strict-Transport-Security',
    )
    expect(HSTS).toBe('max-age=63072000; includeSubDomains')
  })
})

describe('securityHeaderRules', () => {
  const rules = securityHeaderRules({ production: true, projectId: 'abc123' })
  const cspOf = (rule: (typeof rules)[number] | undefined) =>
    rule?.headers.find((h) => h.key === 'Content-Security-Policy')?.value

  it("gives every path the common headers and the readers' policy first", () => {
    expect(rules[0]?.source).toBe('/:path*')
    expect(rules[0]?.has).toBeUndefined()
    expect(cspOf(rules[0])).toBe(readerContentSecurityPolicy())
    expect(rules[0]?.headers.map((h) => h.key)).toContain('X-Content-Type-Options')
  })

  it("then the Studio's policy for the Studio, draft-mode routes and draft-mode pages", () => {
    const studio = studioContentSecurityPolicy({ projectId: 'abc123' })
    const later = rules.slice(1).filter((rule) => rule.source !== '/sw.js' && cspOf(rule))
    expect(later.map((r) => r.source)).toEqual([
      // The Studio's read counts (#26): JSON for the editors' Studio, under its policy.
      '/api/read-stats',
      '/studio',
      '/studio/:path*',
      '/api/draft-mode/enable',
      '/api/draft-mode/disable',
      '/:path*',
    ])
    for (const rule of later) expect(cspOf(rule)).toBe(studio)
    expect(later.some((r) => r.has?.[0]?.key === '__prerender_bypass')).toBe(true)
  })

  it('marks every answer to a draft-mode or preview request for the offline worker', () => {
    const marked = rules.filter((rule) => rule.headers.some((h) => h.key === 'Nabado-Preview'))
    expect(marked.map((rule) => [rule.source, rule.has])).toEqual([
      ['/:path*', [{ type: 'cookie', key: '__prerender_bypass' }]],
      ['/:path*', [{ type: 'cookie', key: '__next_preview_data' }]],
    ])
    // Readers never get the marker: no rule without a cookie condition sets it.
    expect(rules.filter((r) => !r.has).flatMap((r) => r.headers.map((h) => h.key))).not.toContain(
      'Nabado-Preview',
    )
  })

  it("gives the worker its own policy, last, so it wins over every page's", () => {
    const last = rules[rules.length - 1]
    expect(last?.source).toBe('/sw.js')
    expect(last?.has).toBeUndefined()
    expect(cspOf(last)).toBe(workerContentSecurityPolicy())
  })
})
