import { join } from 'node:path'
import { contentHash, writeBrowserScript, type BuiltScript } from '../bundle.ts'

export type EnhanceScript = BuiltScript & {
  /** Where pages load it from, e.g. `/enhance/enhance.0123456789.js`. */
  publicPath: string
}

const STALE = /^enhance\..+\.js$/

/**
 * Bundles lib/browser/enhance/index.ts into one small script named by its content, so it can be
 * cached forever, and writes it to public/enhance/ (or `outDir`), removing older builds.
 * Synchronous, so next.config.ts can call it while it loads.
 */
export function buildEnhanceScript({
  root,
  outDir = join(root, 'public', 'enhance'),
  offline = true,
}: {
  root: string
  outDir?: string
  /** Whether pages register the offline worker (offline.ts): not on the dev server. */
  offline?: boolean
}): EnhanceScript {
  const { name, file, bytes, gzipBytes } = writeBrowserScript({
    root,
    entry: join('lib', 'browser', 'enhance', 'index.ts'),
    define: { NABADO_OFFLINE: String(offline) },
    outDir,
    fileName: (code) => `enhance.${contentHash(code)}.js`,
    stale: STALE,
  })
  return { publicPath: `/enhance/${name}`, file, bytes, gzipBytes }
}
