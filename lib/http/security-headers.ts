/**
 * The security headers every response carries (docs/security.md). Pure functions of the
 * configuration, so next.config.ts can build them and unit tests can read them; next.config.ts
 * passes the env values in (this module reads no process.env).
 */

import { createHash } from 'node:crypto'
import { PREVIEW_HEADER, WORKER_PATH } from '../browser/offline/names.ts'
import { DRAFT_MODE_COOKIE, PREVIEW_PREFIX } from '../addresses/preview.ts'
import { ADDRESSES, isDynamicSegment, patternSegments } from '../addresses/table.ts'

export type Header = { key: string; value: string }

export type SecurityHeaderOptions = {
  /** NEXT_PUBLIC_SITE_URL: HSTS is sent only when the public origin is https. */
  siteUrl?: string
  /** True for `next build`/`next start` (NODE_ENV=production), false for the dev server. */
  production: boolean
}

export type ReaderPolicyOptions = {
  /** SANITY_IMAGE_HOST: an image proxy in front of Sanity's CDN (lib/env/images.ts). */
  imageHost?: string
  /** The text of each inline script the reader pages carry (the boot script), allowed by hash. */
  inlineScripts?: string[]
}

export type StudioPolicyOptions = {
  /** NEXT_PUBLIC_SANITY_PROJECT_ID, when set. */
  projectId?: string
  /** NEXT_PUBLIC_SANITY_STUDIO_API_HOST, e.g. a proxy or the tests' stand-in. */
  studioApiHost?: string
}

type Directives = Record<string, string[]>

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => (sources.length ? `${name} ${sources.join(' ')}` : name))
    .join('; ')
}

/**
 * The readers' policy. Reader pages (pages/) carry no framework scripts: the only inline
 * script is the boot script in <head> (data-js, the stored theme), allowed by its SHA-256
 * hash, and the rest is our own enhancement script from 'self'; no 'unsafe-inline'. The
 * editors' twins of those pages (app/preview/, with Next.js's inline RSC payload) are served
 * only with the draft-mode cookie, and get the Studio's policy (below). frame-ancestors
 * 'self' rather than 'none': the Studio's Presentation tool, served from this origin at
 * /studio, frames the site for live preview.
 */
export function readerContentSecurityPolicy(options: ReaderPolicyOptions = {}): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(options.inlineScripts ?? []).map(scriptHashSource)],
    'style-src': ["'self'", "'unsafe-inline'"],
    // Bundled images come through /_next/image ('self'); Sanity's come from its CDN, or
    // from the image host that replaces it.
    'img-src': ["'self'", 'data:', 'https://cdn.sanity.io', ...imageHostSources(options.imageHost)],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // The offline worker (/sw.js) and the web app manifest, both from the site itself.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
}

/**
 * The offline worker's own policy (/sw.js: a worker takes the CSP its script is served with).
 * It runs no other script and renders nothing; it only fetches, from the site and from the
 * image CDN whose article images it keeps for offline reading (lib/browser/offline/rules.ts).
 */
export function workerContentSecurityPolicy(options: ReaderPolicyOptions = {}): string {
  return serialize({
    'default-src': ["'none'"],
    'connect-src': ["'self'", 'https://cdn.sanity.io', ...imageHostSources(options.imageHost)],
  })
}

/** The image CDN origins the worker keeps article images from (its build gets them). */
export function workerImageOrigins(imageHost?: string): string[] {
  return ['https://cdn.sanity.io', ...imageHostSources(imageHost)]
}

/** A CSP source that allows exactly this inline script: 'sha256-<base64 of its digest>'. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
}

/** The origin of an image host override; nothing for an unparsable or non-http(s) value. */
export function imageHostSources(imageHost?: string): string[] {
  if (!imageHost) return []
  try {
    const url = new URL(imageHost)
    return url.protocol === 'https:' || url.protocol === 'http:' ? [url.origin] : []
  } catch {
    return []
  }
}

/** Sanity's hosts the Studio talks to: the global API, the project's API, and their sockets. */
const SANITY_API_SOURCES = [
  'https://api.sanity.io',
  'https://*.api.sanity.io',
  'wss://api.sanity.io',
  'wss://*.api.sanity.io',
]

/**
 * The sources for an API host override. The Studio puts the project id in front of the host
 * (https://localhost:3443 becomes https://e2etest.localhost:3443), so both the exact
 * project host and any subdomain are allowed, over https and wss (http and ws for a plain
 * http override). An unparsable value adds nothing.
 */
export function studioApiHostSources(studioApiHost?: string, projectId?: string): string[] {
  if (!studioApiHost) return []
  let url: URL
  try {
    url = new URL(studioApiHost)
  } catch {
    return []
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return []
  const secure = url.protocol === 'https:'
  const socket = secure ? 'wss:' : 'ws:'
  const hosts = [url.host, projectId ? `${projectId}.${url.host}` : `*.${url.host}`]
  return hosts.flatMap((host) => [`${url.protocol}//${host}`, `${socket}//${host}`])
}

/**
 * The Studio's policy (/studio and draft-mode routes). No 'unsafe-eval': Sanity's Studio,
 * Vision and Presentation run without it (its own code avoids `new Function()`). It loads
 * Sanity's bridge script from core.sanity-cdn.com (next-sanity's NextStudio adds it), talks to
 * Sanity's API, shows images from Sanity's CDN and editors' avatars from their sign-in
 * provider, and frames the site itself in Presentation.
 */
export function studioContentSecurityPolicy(options: StudioPolicyOptions = {}): string {
  const apiHost = studioApiHostSources(options.studioApiHost, options.projectId)
  const projectApi = options.projectId
    ? [`https://${options.projectId}.api.sanity.io`, `wss://${options.projectId}.api.sanity.io`]
    : []
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", 'https://core.sanity-cdn.com'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': [
      "'self'",
      'data:',
      'blob:',
      'https://cdn.sanity.io',
      'https://lh3.googleusercontent.com',
      'https://avatars.githubusercontent.com',
      ...apiHost.filter((source) => source.startsWith('http')),
    ],
    'media-src': ["'self'", 'blob:', 'https://cdn.sanity.io'],
    'font-src': ["'self'", 'data:'],
    'connect-src': [
      "'self'",
      ...projectApi,
      ...SANITY_API_SOURCES,
      'https://cdn.sanity.io',
      'https://core.sanity-cdn.com',
      ...apiHost,
    ],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
}

/**
 * Features the site does not use are switched off; clipboard-write stays for the copy buttons
 * and web-share for the share button, both for this origin only.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'xr-spatial-tracking=()',
  'interest-cohort=()',
  'browsing-topics=()',
  'clipboard-write=(self)',
  'web-share=(self)',
].join(', ')

export const HSTS = 'max-age=63072000; includeSubDomains'

/** HSTS only for a production build whose public origin is https. */
export function sendsHsts({ siteUrl, production }: SecurityHeaderOptions): boolean {
  return production && Boolean(siteUrl?.startsWith('https://'))
}

/** The headers every response carries, apart from the Content-Security-Policy. */
export function commonSecurityHeaders(options: SecurityHeaderOptions): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    ...(sendsHsts(options) ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
  ]
}

/**
 * The editors' addresses from the table as `headers()` sources: `/studio/[[...tool]]` →
 * `/studio` and `/studio/:path*`. The preview twins are not among them: they are reached only
 * with the draft-mode cookie, which its own rule matches.
 */
export function editorsSources(): string[] {
  return ADDRESSES.filter((address) => address.audience === 'editors')
    .filter((address) => !address.pattern.startsWith(`${PREVIEW_PREFIX}/`))
    .flatMap((address) => headerSources(address.pattern))
}

function headerSources(pattern: string): string[] {
  const segments = patternSegments(pattern)
  const dynamic = segments.findIndex(isDynamicSegment)
  if (dynamic === -1) return [pattern]
  const prefix = `/${segments.slice(0, dynamic).join('/')}`
  return segments[dynamic]!.startsWith('[[') ? [prefix, `${prefix}/:path*`] : [`${prefix}/:path*`]
}

type HeaderRule = {
  source: string
  headers: Header[]
  has?: { type: 'cookie'; key: string }[]
}

// Next.js's draft-mode cookie: while it is set, a page may be framed by the Presentation tool.
export { DRAFT_MODE_COOKIE }

/** The Pages Router's preview-mode cookie (set with the draft-mode one by res.setPreviewData). */
export const PREVIEW_DATA_COOKIE = '__next_preview_data'

/**
 * The rules for next.config.ts `headers()`. When rules set the same header, Next.js keeps the
 * later one, so the Studio's policy (Studio, draft-mode routes, any page in draft mode) follows
 * the readers' one.
 */
export function securityHeaderRules(
  options: SecurityHeaderOptions & StudioPolicyOptions & ReaderPolicyOptions,
): HeaderRule[] {
  const studioCsp = [
    { key: 'Content-Security-Policy', value: studioContentSecurityPolicy(options) },
  ]
  return [
    {
      source: '/:path*',
      headers: [
        ...commonSecurityHeaders(options),
        { key: 'Content-Security-Policy', value: readerContentSecurityPolicy(options) },
      ],
    },
    ...editorsSources().map((source) => ({ source, headers: studioCsp })),
    { source: '/:path*', has: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }], headers: studioCsp },
    // An answer made for an editor says so, for the offline worker, which cannot read the
    // (HttpOnly) cookies: it then keeps nothing and answers nothing from its copies.
    ...[DRAFT_MODE_COOKIE, PREVIEW_DATA_COOKIE].map((cookie) => ({
      source: '/:path*',
      has: [{ type: 'cookie' as const, key: cookie }],
      headers: [{ key: PREVIEW_HEADER, value: '1' }],
    })),
    {
      source: WORKER_PATH,
      headers: [{ key: 'Content-Security-Policy', value: workerContentSecurityPolicy(options) }],
    },
  ]
}
