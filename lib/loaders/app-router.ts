import '@/lib/server-only.ts'
import { notFound, permanentRedirect } from 'next/navigation'
import type { Loaded } from './result.ts'

/** For the App Router's preview routes: the page's props, or Next.js's 404 or 308. */
export function pageOrThrow<View>(loaded: Loaded<View>): Extract<Loaded<View>, { kind: 'page' }> {
  if (loaded.kind === 'not-found') notFound()
  if (loaded.kind === 'redirect') permanentRedirect(loaded.to)
  return loaded
}
