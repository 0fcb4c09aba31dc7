import type { APIRequestContext } from '@playwright/test'

/**
 * Where a GET of `path` is sent, without following it: the status and the target's path and
 * query. Relative or absolute, only where it leads matters, so the origin is dropped.
 */
export async function redirectOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  const location = response.headers().location
  const target = location ? new URL(location, 'http://site.invalid') : undefined
  return { status: response.status(), location: target && `${target.pathname}${target.search}` }
}
