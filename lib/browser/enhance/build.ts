import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'

export type EnhanceScript = {
  /** Where pages load it from, e.g. `/enhance/enhance.0123456789.js`. */
  publicPath: string
  /** The file written on disk. */
  file: string
  bytes: number
  gzipBytes: number
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
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [join(root, 'lib', 'browser', 'enhance', 'index.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Old Android WebViews: no optional chaining or ?? in the output.
    target: 'es2019',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { NABADO_OFFLINE: String(offline) },
    // The bundle keeps the modules' strict mode, and nothing else from the repo's tsconfig.json
    // (its target, paths) can change the output or its name.
    tsconfigRaw: { compilerOptions: { alwaysStrict: true } },
    write: false,
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild produced no output for lib/browser/enhance/index.ts')
  const code = output.contents

  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10)
  const name = `enhance.${hash}.js`
  const file = join(outDir, name)

  mkdirSync(outDir, { recursive: true })
  if (!sameContent(file, code)) {
    // Written beside and renamed, so a reader (or a second build worker) never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, code)
    renameSync(temporary, file)
  }
  for (const entry of readdirSync(outDir)) {
    if (entry !== name && STALE.test(entry)) rmSync(join(outDir, entry), { force: true })
  }

  return {
    publicPath: `/enhance/${name}`,
    file,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
  }
}

function sameContent(file: string, code: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(file), code) === 0
  } catch {
    return false
  }
}
