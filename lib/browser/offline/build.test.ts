import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildServiceWorker, WORKER_BUDGET_GZIP_BYTES } from './build.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
let outDir: string

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'nabado-sw-'))
})

afterEach(() => {
  rmSync(outDir, { recursive: true, force: true })
})

describe('buildServiceWorker', () => {
  it('writes /sw.js within the 8 KB gzip budget (issue #17)', () => {
    const built = buildServiceWorker({ root, outDir })
    const code = readFileSync(built.file)
    expect(built.file).toBe(join(outDir, 'sw.js'))
    expect(built.bytes).toBe(code.byteLength)
    expect(built.gzipBytes).toBe(gzipSync(code).byteLength)
    expect(built.gzipBytes).toBeLessThanOrEqual(WORKER_BUDGET_GZIP_BYTES)
  })

  it('is one es2019 script with no modules, and knows the image CDN origins', () => {
    const { file } = buildServiceWorker({
      root,
      outDir,
      imageOrigins: ['https://cdn.sanity.io', 'http://127.0.0.1:3334'],
    })
    const code = readFileSync(file, 'utf8')
    expect(code).not.toMatch(/\bimport\b|\bexport\b/)
    expect(code).not.toMatch(/\?\.|\?\?/)
    expect(code).toMatch(/^("use strict";)?\(\(\)=>\{[\s\S]*\}\)\(\);\s*$/)
    expect(code).toContain('["https://cdn.sanity.io","http://127.0.0.1:3334"]')
    for (const event of ['install', 'activate', 'fetch', 'message'])
      expect(code).toContain(`"${event}"`)
  })

  it('gives the dev server a worker that only removes itself', () => {
    const { file } = buildServiceWorker({ root, outDir, retire: true })
    const code = readFileSync(file, 'utf8')
    expect(code).toContain('unregister')
    expect(code).not.toContain('"fetch"')
  })

  it('rewrites the file only when its content changes', () => {
    const first = buildServiceWorker({ root, outDir })
    const again = buildServiceWorker({ root, outDir })
    expect(readFileSync(again.file)).toEqual(readFileSync(first.file))
  })
})
