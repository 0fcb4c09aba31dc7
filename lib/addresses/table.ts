/**
 * Every address the site answers, in one table: what kind of route it is, whether it has an
 * editors' preview twin, whether readers' caches (HTTP caches, the offline worker) may keep
 * it, and which methods with a body it takes. The hand-kept lists this replaced (preview
 * routing, the worker's never-list, the reserved page slugs, the Studio's header rules, the
 * proxy's method rule) are derived from it in this folder, and `table.test.ts` walks pages/,
 * app/ and public/ so that a route without an entry fails the unit tests.
 *
 * Pure data and pure functions: the offline worker and the enhancement script import it too.
 */

export type AddressKind =
  /** Built ahead (getStaticProps or a static route handler), revalidated on publish. */
  | 'prerendered'
  /** Made for each request (search results, a gift's status). */
  | 'per-request'
  /** An endpoint for machines (webhooks, beacons, form posts answered by a redirect). */
  | 'api'
  /** Only for editors: the Studio, draft mode, the preview twins. */
  | 'editors'
  /** A file the browser fetches: build output, public/, metadata files. */
  | 'browser-file'

export type Address = {
  /**
   * The route as Next.js names it from its file: `/category/[slug]/page/[n]`,
   * `/studio/[[...tool]]`; for files from public/ or the build, `/enhance/[file]`.
   */
  readonly pattern: string
  readonly kind: AddressKind
  /** Where it is defined: pages/, app/, public/, the build itself, or the framework. */
  readonly from: 'pages' | 'app' | 'public' | 'build' | 'framework'
  /** A reader page whose editors' twin is `/preview<pattern>` in app/preview/. */
  readonly previewTwin: boolean
  /** Whether HTTP caches and the offline worker may keep an answer of it. */
  readonly readerCachesMayKeep: boolean
  /** Who it is for: the Studio's security policy covers the editors' addresses. */
  readonly audience: 'readers' | 'editors' | 'machines'
  /** Methods with a body it takes (every other address answers GET and HEAD only). */
  readonly bodyMethods?: readonly string[]
  /** Build files named by their content: the proxy never runs for them. */
  readonly skipsProxy?: boolean
}

const reader = (pattern: string): Address => ({
  pattern,
  kind: 'prerendered',
  from: 'pages',
  previewTwin: true,
  readerCachesMayKeep: true,
  audience: 'readers',
})

const file = (pattern: string, from: Address['from']): Address => ({
  pattern,
  kind: 'browser-file',
  from,
  previewTwin: false,
  readerCachesMayKeep: true,
  audience: 'readers',
})

const perSupporter = {
  kind: 'per-request',
  previewTwin: false,
  readerCachesMayKeep: false,
} as const satisfies Partial<Address>

export const ADDRESSES: readonly Address[] = [
  // Readers' pages (pages/), each with its editors' twin (app/preview/).
  reader('/'),
  reader('/page/[n]'),
  // /2026 (a year's articles) or /about (an editors' page); /2026/02 or /about/team.
  reader('/[year]'),
  reader('/[year]/[month]'),
  reader('/[year]/[month]/[day]/[slug]'),
  reader('/category/[slug]'),
  reader('/category/[slug]/page/[n]'),
  reader('/author/[slug]'),
  reader('/author/[slug]/page/[n]'),
  reader('/support'),
  { ...reader('/search'), kind: 'per-request' },
  // The page the offline worker keeps to answer what it has no copy of; no preview.
  { ...reader('/offline'), previewTwin: false },
  { ...reader('/404'), previewTwin: false },
  { ...reader('/500'), previewTwin: false },

  // Giving by M-Pesa: the form's POST (answered by a 303 or the form again) and each
  // attempt's status page. Per supporter, never kept by a cache, no preview twin.
  { ...reader('/support/give'), ...perSupporter, bodyMethods: ['POST'] },
  { ...reader('/support/gift/[id]'), ...perSupporter },

  // Machines: Sanity's publish webhook, Daraja's STK push results.
  { ...api('/api/revalidate', 'pages'), bodyMethods: ['POST'] },
  // The container's HEALTHCHECK and load balancers (lib/health/).
  api('/api/health', 'pages'),
  { ...api('/api/mpesa/callback/[id]/[token]', 'pages'), bodyMethods: ['POST'] },
  // Operators: `npm run search:reindex` asks a running instance to rebuild its search index.
  { ...api('/api/search/reindex', 'pages'), bodyMethods: ['POST'] },
  // Readers' browsers: the read beacon (#26), an article's path, answered 204.
  { ...api('/api/read', 'pages'), bodyMethods: ['POST'] },
  // The Studio's read counts (#26): a post's badge and the Most read tool, GET only.
  { ...api('/api/read-stats', 'pages'), audience: 'editors' },

  // Editors: the Studio, draft mode on and off, the preview twins (their pages are listed
  // with the reader pages above: `previewTwin`).
  editors('/studio/[[...tool]]'),
  { ...api('/api/draft-mode/enable', 'app'), audience: 'editors' },
  { ...api('/api/draft-mode/disable', 'app'), audience: 'editors' },
  editors('/preview/[[...twin]]'),

  // Feeds, sitemaps and metadata files (app/ route handlers and metadata routes).
  { ...file('/feed', 'app'), kind: 'prerendered' },
  { ...file('/feed.xml', 'app'), kind: 'prerendered' },
  { ...file('/sitemap.xml', 'app'), kind: 'prerendered' },
  { ...file('/sitemap/[file]', 'app'), kind: 'prerendered' },
  file('/robots.txt', 'app'),
  file('/manifest.webmanifest', 'app'),
  file('/icon.svg', 'app'),
  file('/opengraph-image', 'app'),
  file('/[year]/[month]/[day]/[slug]/opengraph-image', 'app'),

  // Files from public/ and from the build.
  file('/logo.png', 'public'),
  file('/icons/[file]', 'public'),
  file('/dataset-images/[file]', 'public'),
  file('/enhance/[file]', 'build'),
  file('/sw.js', 'build'),
  { ...file('/_next/static/[...file]', 'build'), skipsProxy: true },
  { ...file('/_next/image', 'framework'), skipsProxy: true },
  file('/_next/[[...file]]', 'framework'),
  // The framework's own requests: page data, the dev server's hot reload and overlay.
  { ...file('/_next/data/[[...file]]', 'framework'), readerCachesMayKeep: false },
  { ...file('/_next/webpack-hmr', 'framework'), readerCachesMayKeep: false },
  { ...file('/__nextjs/[[...file]]', 'framework'), readerCachesMayKeep: false },
]

function editors(pattern: string): Address {
  return {
    pattern,
    kind: 'editors',
    from: 'app',
    previewTwin: false,
    readerCachesMayKeep: false,
    audience: 'editors',
  }
}

function api(pattern: string, from: Address['from']): Address {
  return {
    pattern,
    kind: 'api',
    from,
    previewTwin: false,
    readerCachesMayKeep: false,
    audience: 'machines',
  }
}

/** The fixed first segments whose every address satisfies `test`. */
export function segmentsWhereAll(test: (address: Address) => boolean): Set<string> {
  const all = new Map<string, boolean>()
  for (const address of ADDRESSES) {
    const first = firstSegment(address)
    if (first !== null) all.set(first, (all.get(first) ?? true) && test(address))
  }
  return new Set([...all].filter(([, every]) => every).map(([segment]) => segment))
}

/** A pattern's segments: '/' → [], '/category/[slug]' → ['category', '[slug]']. */
export function patternSegments(pattern: string): string[] {
  return pattern.split('/').filter(Boolean)
}

export function isDynamicSegment(segment: string): boolean {
  return segment.startsWith('[')
}

/** The first path segment when it is fixed ('category'), null for '/' and '/[year]'. */
export function firstSegment(address: Address): string | null {
  const first = patternSegments(address.pattern)[0]
  return first === undefined || isDynamicSegment(first) ? null : first
}

/**
 * Whether a concrete path matches a pattern: `[x]` takes one segment, `[...x]` one or more,
 * `[[...x]]` none or more.
 */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const want = patternSegments(pattern)
  const have = pathname.split('/').filter(Boolean)
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!
    if (segment.startsWith('[[...')) return true
    if (segment.startsWith('[...')) return have.length > i
    if (i >= have.length) return false
    if (!isDynamicSegment(segment) && segment !== have[i]) return false
  }
  return have.length === want.length
}

/**
 * The entry answering a path: fixed segments win over dynamic ones, as in Next.js's router
 * (/support before /[year], /sw.js before anything dynamic). Null for a path no route takes.
 */
export function addressOf(pathname: string): Address | null {
  let best: Address | null = null
  let bestScore = -1
  for (const address of ADDRESSES) {
    if (!matchesPattern(address.pattern, pathname)) continue
    const score = specificity(address.pattern)
    if (score > bestScore) {
      best = address
      bestScore = score
    }
  }
  return best
}

// Fixed segments count most, then plain dynamic ones; catch-alls least.
function specificity(pattern: string): number {
  return patternSegments(pattern).reduce((score, segment, index) => {
    const weight = isDynamicSegment(segment) ? (segment.includes('...') ? 0 : 1) : 2
    return score + weight * 3 ** (8 - index)
  }, 0)
}

/**
 * The proxy's matcher (proxy.ts): every address but the build files that skip it. Next.js
 * reads `config.matcher` from proxy.ts's source at build time, so it must be written there as
 * a literal; table.test.ts checks that the literal equals this.
 */
export function proxyMatcher(): string[] {
  const skipped = ADDRESSES.filter((address) => address.skipsProxy).map((address) => {
    const segments = patternSegments(address.pattern)
    const fixed = segments.findIndex(isDynamicSegment)
    return (fixed === -1 ? segments : segments.slice(0, fixed)).join('/')
  })
  return [`/((?!${skipped.join('|')}).*)`]
}
