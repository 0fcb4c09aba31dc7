import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pageSlugProblem, RESERVED_SLUGS } from './page-slugs.ts'
import { PREVIEW_PREFIX } from './preview.ts'
import { appRoutes, pagesRoutes, publicNames, type RouteFile } from './route-files.ts'
import { ADDRESSES, addressOf, firstSegment, proxyMatcher } from './table.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** What the table lacks for the route files found under `root`: one line per problem. */
function tableProblems(routes: RouteFile[]): string[] {
  const problems: string[] = []
  const entry = (pattern: string) => ADDRESSES.find((address) => address.pattern === pattern)
  const twins = routes.filter(
    (route) => route.pattern.startsWith(`${PREVIEW_PREFIX}/`) || route.pattern === PREVIEW_PREFIX,
  )
  for (const route of routes) {
    if (twins.includes(route)) continue
    const address = entry(route.pattern)
    if (!address)
      problems.push(`${route.file}: ${route.pattern} has no entry in lib/addresses/table.ts`)
    else if (address.from !== route.router)
      problems.push(`${route.file}: the table says ${route.pattern} is in ${address.from}/`)
  }
  for (const twin of twins) {
    const reader = twin.pattern.slice(PREVIEW_PREFIX.length) || '/'
    if (!entry(reader)?.previewTwin)
      problems.push(
        `${twin.file}: a preview twin of ${reader}, which is no reader page with previewTwin`,
      )
  }
  for (const address of ADDRESSES.filter((a) => a.previewTwin)) {
    const twin = address.pattern === '/' ? PREVIEW_PREFIX : `${PREVIEW_PREFIX}${address.pattern}`
    if (!twins.some((route) => route.pattern === twin))
      problems.push(
        `${address.pattern} says it has a preview twin, but app${twin}/page.tsx is missing`,
      )
  }
  for (const address of ADDRESSES.filter((a) => a.from === 'pages' || a.from === 'app')) {
    const defined = routes.some((route) => route.pattern === address.pattern)
    const twinOnly = address.pattern.startsWith(`${PREVIEW_PREFIX}/`)
    if (!defined && !twinOnly)
      problems.push(`${address.pattern}: in the table, but no file defines it`)
  }
  return problems
}

describe('the address table', () => {
  const routes = [...pagesRoutes(root), ...appRoutes(root)]

  it('has an entry for every route of pages/ and app/, and every twin matches a reader page', () => {
    expect(routes.length).toBeGreaterThan(30)
    expect(tableProblems(routes)).toEqual([])
  })

  it('fails for a route added without an entry, or a twin without its reader page', () => {
    const probe: RouteFile = { file: 'pages/give.tsx', pattern: '/give', router: 'pages' }
    expect(tableProblems([...routes, probe])).toEqual([
      'pages/give.tsx: /give has no entry in lib/addresses/table.ts',
    ])
    const twin: RouteFile = {
      file: 'app/preview/offline/page.tsx',
      pattern: '/preview/offline',
      router: 'app',
    }
    expect(tableProblems([...routes, twin])).toEqual([
      'app/preview/offline/page.tsx: a preview twin of /offline, which is no reader page with previewTwin',
    ])
    const withoutSupportTwin = routes.filter((route) => route.pattern !== '/preview/support')
    expect(tableProblems(withoutSupportTwin)).toEqual([
      '/support says it has a preview twin, but app/preview/support/page.tsx is missing',
    ])
  })

  it('reserves every fixed first segment and every public/ file against editors’ page slugs', () => {
    for (const address of ADDRESSES) {
      const first = firstSegment(address)
      if (first === null) continue
      expect(RESERVED_SLUGS.has(first), first).toBe(true)
      expect(pageSlugProblem(first), first).not.toBeNull()
    }
    for (const name of publicNames(root)) {
      expect(RESERVED_SLUGS.has(name), `public/${name}`).toBe(true)
      expect(addressOf(`/${name}`), `public/${name}`).not.toBeNull()
    }
  })

  it('is the source of proxy.ts’s matcher, which Next.js needs written as a literal', () => {
    const source = readFileSync(`${root}/proxy.ts`, 'utf8')
    const literal = /matcher:\s*(\[[^\]]*\])/.exec(source)?.[1]
    expect(literal && JSON.parse(literal.replaceAll("'", '"'))).toEqual(proxyMatcher())
  })

  it('picks fixed segments over dynamic ones, as the router does', () => {
    expect(addressOf('/support')?.pattern).toBe('/support')
    expect(addressOf('/about')?.pattern).toBe('/[year]')
    expect(addressOf('/studio')?.pattern).toBe('/studio/[[...tool]]')
    expect(addressOf('/studio/structure/post')?.pattern).toBe('/studio/[[...tool]]')
    expect(addressOf('/_next/static/chunks/a.js')?.pattern).toBe('/_next/static/[...file]')
    expect(addressOf('/_next/data/b/index.json')?.pattern).toBe('/_next/data/[[...file]]')
    expect(addressOf('/2026/02/28/a-slug')?.pattern).toBe('/[year]/[month]/[day]/[slug]')
    expect(addressOf('/a/b/c')).toBeNull()
  })
})
