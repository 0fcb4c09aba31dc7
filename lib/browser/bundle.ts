import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'

export type BuiltScript = {
  /** The file written on disk. */
  file: string
  bytes: number
  gzipBytes: number
}

/**
 * Bundles one browser entry (the enhancement script, lib/browser/enhance/build.ts; the service
 * worker, lib/browser/offline/build.ts) into one minified es2019 script, no modules, and writes
 * it to `outDir` under the name `fileName` gives its content, rewriting the file only when its
 * content changes. With `stale`, other files in `outDir` whose names match it (older builds)
 * are removed. Synchronous, so next.config.ts can call it while it loads.
 */
export function writeBrowserScript({
  root,
  entry,
  define,
  outDir,
  fileName,
  stale,
}: {
  root: string
  /** The entry module, relative to `root`. */
  entry: string
  /** Constants replaced in the source, as esbuild's `define` (JSON text). */
  define: Record<string, string>
  outDir: string
  /** The file's name in `outDir`, from the bundled code. */
  fileName: (code: Uint8Array) => string
  /** Older builds in `outDir` to remove. */
  stale?: RegExp
}): BuiltScript & { name: string } {
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Old Android WebViews: no optional chaining or ?? in the output.
    target: 'es2019',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define,
    // The bundle keeps the modules' strict mode, and nothing else from the repo's tsconfig.json
    // (its target, paths) can change the output or its name.
    tsconfigRaw: { compilerOptions: { alwaysStrict: true } },
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents
  if (!code) throw new Error(`esbuild produced no output for ${entry}`)

  const name = fileName(code)
  const file = join(outDir, name)
  mkdirSync(outDir, { recursive: true })
  if (!sameContent(file, code)) {
    // Written beside and renamed, so a reader (or a second build worker) never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, code)
    renameSync(temporary, file)
  }
  if (stale) {
    for (const entry of readdirSync(outDir)) {
      if (entry !== name && stale.test(entry)) rmSync(join(outDir, entry), { force: true })
    }
  }
  return { file, name, bytes: code.byteLength, gzipBytes: gzipSync(code).byteLength }
}

/** The first 10 hex digits of the code's sha256, for a name that can be cached forever. */
export function contentHash(code: Uint8Array): string {
  return createHash('sha256').update(code).digest('hex').slice(0, 10)
}

function sameContent(file: string, code: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(file), code) === 0
  } catch {
    return false
  }
}
