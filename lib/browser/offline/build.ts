import { join } from 'node:path'
import { writeBrowserScript, type BuiltScript } from '../bundle.ts'
import { WORKER_PATH } from './names.ts'

/** The budget for the worker (#17): 8 KB gzip. build.test.ts holds it. */
export const WORKER_BUDGET_GZIP_BYTES = 8 * 1024

export type BuiltWorker = BuiltScript

/**
 * Bundles the service worker (lib/browser/offline/sw.ts) into public/sw.js (or `outDir`), like the
 * enhancement script (lib/browser/enhance/build.ts), with the same setup (lib/browser/bundle.ts):
 * one minified es2019 script, no modules. It is not named by its content: a worker must keep
 * its address (/sw.js, scope /); browsers check it for changes at most once an hour
 * (max-age=3600 in next.config.ts, registered with updateViaCache 'all' by
 * lib/browser/enhance/offline.ts).
 *
 * Why not Serwist (the issue's first choice): measured 2026-12-01 with this same esbuild
 * setup, Serwist 9.5.13's smallest worker for this job (its Serwist class with a precached
 * offline page, NetworkFirst with a 3 s timeout and a 30-entry ExpirationPlugin, CacheFirst
 * images, the document fallback) is 37.4 KB minified, 11.9 KB gzip; its strategies alone
 * (NetworkFirst, CacheFirst, ExpirationPlugin, no router or precache) 15.8 KB, 5.6 KB gzip.
 * Either way over the 8 KB budget once the byte limit, data saving, the saved-copy notice
 * and the offline list (none of which Serwist does) are added. This worker does all of it.
 */
export function buildServiceWorker({
  root,
  outDir = join(root, 'public'),
  imageOrigins = [],
  retire = false,
}: {
  root: string
  outDir?: string
  /** Origins of the image CDN whose article images the worker keeps (lib/browser/offline/rules.ts). */
  imageOrigins?: string[]
  /**
   * The dev server's worker (retire.ts): it removes a worker a `next start` on the same
   * origin installed, which would answer with stale files there. The dev server's pages
   * never register one (lib/browser/enhance/build.ts `offline`).
   */
  retire?: boolean
}): BuiltWorker {
  const { file, bytes, gzipBytes } = writeBrowserScript({
    root,
    entry: join('lib', 'browser', 'offline', retire ? 'retire.ts' : 'sw.ts'),
    define: { NABADO_IMAGE_ORIGINS: JSON.stringify(imageOrigins) },
    outDir,
    fileName: () => WORKER_PATH.slice(1),
  })
  return { file, bytes, gzipBytes }
}
