import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { JSDOM } from 'jsdom'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildEnhanceScript } from './build.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
let outDir: string

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'nabado-enhance-'))
})

afterEach(() => {
  rmSync(outDir, { recursive: true, force: true })
})

describe('buildEnhanceScript', () => {
  it('names the file by the first 10 hex digits of its content’s sha256', () => {
    const built = buildEnhanceScript({ root, outDir })
    const code = readFileSync(built.file)
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 10)
    expect(built.file).toBe(join(outDir, `enhance.${hash}.js`))
    expect(built.publicPath).toBe(`/enhance/enhance.${hash}.js`)
    expect(built.bytes).toBe(code.byteLength)
    expect(built.gzipBytes).toBe(gzipSync(code).byteLength)
  })

  it('gives the same source the same name, wherever it is built', () => {
    const first = buildEnhanceScript({ root, outDir })
    const again = buildEnhanceScript({ root, outDir })
    expect(again.publicPath).toBe(first.publicPath)
    expect(readdirSync(outDir)).toEqual([first.publicPath.slice('/enhance/'.length)])

    // A copy of the sources elsewhere, built into its default public/enhance/.
    const elsewhere = join(outDir, 'copy')
    // All of lib/ but its tests: the script imports modules from several folders.
    cpSync(join(root, 'lib'), join(elsewhere, 'lib'), {
      recursive: true,
      filter: (source) => !source.endsWith('.test.ts'),
    })
    const copied = buildEnhanceScript({ root: elsewhere })
    expect(copied.publicPath).toBe(first.publicPath)
    expect(copied.file).toBe(join(elsewhere, 'public', first.publicPath))
    expect(readFileSync(copied.file)).toEqual(readFileSync(first.file))
  })

  it('stays within 3 KB gzipped', () => {
    const built = buildEnhanceScript({ root, outDir })
    expect(built.gzipBytes).toBeLessThanOrEqual(3 * 1024)
    expect(built.bytes).toBeGreaterThan(built.gzipBytes)
  })

  it('removes stale builds and nothing else', () => {
    for (const name of ['enhance.0123456789.js', 'enhance.old.js', 'notes.txt', 'enhance.css']) {
      writeFileSync(join(outDir, name), '// old')
    }
    const built = buildEnhanceScript({ root, outDir })
    const name = built.publicPath.slice('/enhance/'.length)
    expect(readdirSync(outDir).sort()).toEqual(['enhance.css', name, 'notes.txt'].sort())
  })

  it('replaces a damaged file of the right name', () => {
    const name = buildEnhanceScript({ root, outDir }).publicPath.slice('/enhance/'.length)
    writeFileSync(join(outDir, name), 'half a fi')
    const built = buildEnhanceScript({ root, outDir })
    expect(readFileSync(built.file).byteLength).toBe(built.bytes)
    expect(readdirSync(outDir)).toEqual([name])
  })

  it('is a self-contained es2019 script: no modules, no ?. or ??', () => {
    const code = readFileSync(buildEnhanceScript({ root, outDir }).file, 'utf8')
    expect(code).not.toMatch(/\bimport\b|\bexport\b/)
    expect(code).not.toMatch(/\?\.|\?\?/)
    expect(code).toMatch(/^("use strict";)?\(\(\)=>\{[\s\S]*\}\)\(\);\s*$/)
    expect(code).toContain('"nabado-theme"')
  })

  it('works as a plain <script> in a page', () => {
    const { file } = buildEnhanceScript({ root, outDir })
    const dom = new JSDOM(
      `<!doctype html><html data-theme="light"><body>
        <button type="button" data-theme-toggle><span data-theme-label="dark">Dark theme</span></button>
        <button type="button" data-share-url="https://nabado.co.ke/a" data-share-title="A" hidden>More ways to share…</button>
      </body></html>`,
      { runScripts: 'outside-only', url: 'https://nabado.co.ke/a' },
    )
    const { window } = dom
    const shared: unknown[] = []
    Object.defineProperty(window.navigator, 'share', {
      value: (data: unknown) => {
        shared.push(data)
        return Promise.resolve()
      },
    })
    const globalsBefore = new Set(Object.keys(window))
    window.eval(readFileSync(file, 'utf8'))
    // An IIFE: nothing leaks onto window.
    expect(Object.keys(window).filter((key) => !globalsBefore.has(key))).toEqual([])

    const share = window.document.querySelector<HTMLButtonElement>('[data-share-url]')!
    expect(share.hidden).toBe(false)
    share.click()
    expect(shared).toEqual([{ url: 'https://nabado.co.ke/a', title: 'A' }])

    window.document.querySelector<HTMLElement>('[data-theme-label]')!.click()
    expect(window.document.documentElement.dataset.theme).toBe('dark')
    expect(window.localStorage.getItem('nabado-theme')).toBe('dark')
  })
})
