/**
 * The routes Next.js makes of the files in pages/ and app/, as the address table writes
 * them (`/category/[slug]/page/[n]`): what table.test.ts compares the table with. Node only.
 */
import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export type RouteFile = { file: string; pattern: string; router: 'pages' | 'app' }

/** Metadata files of app/ and the address each answers. */
const APP_METADATA: Record<string, string> = {
  'robots.ts': 'robots.txt',
  'manifest.ts': 'manifest.webmanifest',
  'sitemap.ts': 'sitemap.xml',
  'icon.svg': 'icon.svg',
  'opengraph-image.tsx': 'opengraph-image',
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })
}

function toPattern(segments: string[]): string {
  const kept = segments.filter((segment) => !/^\(.*\)$/.test(segment))
  return `/${kept.join('/')}`
}

export function pagesRoutes(root: string): RouteFile[] {
  const folder = join(root, 'pages')
  return walk(folder).flatMap((path) => {
    const segments = relative(folder, path).split(sep)
    const name = segments.pop()!.replace(/\.tsx?$/, '')
    if (name === '_app' || name === '_document') return []
    if (name !== 'index') segments.push(name)
    return [{ file: relative(root, path), pattern: toPattern(segments), router: 'pages' as const }]
  })
}

export function appRoutes(root: string): RouteFile[] {
  const folder = join(root, 'app')
  return walk(folder).flatMap((path) => {
    const segments = relative(folder, path).split(sep)
    const name = segments.pop()!
    const file = relative(root, path)
    if (/^(?:page|route)\.tsx?$/.test(name))
      return [{ file, pattern: toPattern(segments), router: 'app' as const }]
    const metadata = APP_METADATA[name]
    if (metadata)
      return [{ file, pattern: toPattern([...segments, metadata]), router: 'app' as const }]
    // Layouts, boundaries, styles and components shared by the routes beside them.
    return []
  })
}

/** The top-level names in public/: each is an address of its own. */
export function publicNames(root: string): string[] {
  return readdirSync(join(root, 'public')).filter((name) => !name.startsWith('.'))
}
