import '@/lib/server-only.ts'
import { NOINDEX } from '@/lib/seo/metadata'
import { page, type Loaded } from './result.ts'

/** The 404 page: the site's chrome and a way on, never indexed. */
export async function loadNotFound(): Promise<Loaded<Record<string, never>>> {
  return page({}, { title: 'Page not found', robots: NOINDEX })
}
