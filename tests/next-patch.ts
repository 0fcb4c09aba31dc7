// Whether a patch-package patch (patches/<package>+<version>.patch) is in the installed package:
// every hunk's patched lines, in order, in the file, and its original lines nowhere. The
// postinstall (patch-package --error-on-fail) already stops an install whose patch does not
// apply; this answers in a second, without an install or a build, whether the package on
// disk is the patched one (tests/next-patch.test.ts), so an upgrade of Next.js that leaves
// the patch behind fails the unit tests instead of a build minutes later.

import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

/** One hunk of a unified diff: the lines before the change and after it, context included. */
export type Hunk = { file: string; header: string; before: string[]; after: string[] }

/** The patched package and version a patch-package file name gives (`@scope+name+1.2.3.patch`). */
export function patchTarget(patchFile: string): { name: string; version: string } {
  const parts = basename(patchFile, '.patch').split('+')
  const version = parts.pop()
  if (!version || parts.length === 0) throw new Error(`${patchFile}: not <package>+<version>.patch`)
  return { name: parts.join('/'), version }
}

/** The hunks of a unified diff (git's, as patch-package writes it), with the files they change. */
export function parseHunks(patch: string): Hunk[] {
  const lines = patch.split('\n')
  const hunks: Hunk[] = []
  let file: string | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.startsWith('+++ ')) {
      const path = line.slice(4).trim()
      file = path === '/dev/null' ? null : path.replace(/^b\//, '')
      continue
    }
    const counts = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line)
    if (!counts) continue
    if (file === null) throw new Error(`a hunk of a deleted file (${line}): not checked here`)
    let beforeLeft = Number(counts[1] ?? 1)
    let afterLeft = Number(counts[2] ?? 1)
    const hunk: Hunk = { file, header: line, before: [], after: [] }
    while (beforeLeft > 0 || afterLeft > 0) {
      i += 1
      if (i >= lines.length) throw new Error(`${file}: hunk ${line} ends early`)
      const body = lines[i]!
      if (body.startsWith('\\')) continue // "\ No newline at end of file"
      const text = body.slice(1)
      if (body.startsWith('+')) {
        hunk.after.push(text)
        afterLeft -= 1
      } else if (body.startsWith('-')) {
        hunk.before.push(text)
        beforeLeft -= 1
      } else {
        // A context line (an empty one may have lost its leading space).
        hunk.before.push(text)
        hunk.after.push(text)
        beforeLeft -= 1
        afterLeft -= 1
      }
    }
    hunks.push(hunk)
  }
  return hunks
}

/** Where `block` occurs as consecutive lines of `lines`, or -1. */
function indexOfBlock(lines: readonly string[], block: readonly string[]): number {
  if (block.length === 0) return 0
  for (let start = 0; start + block.length <= lines.length; start++) {
    if (block.every((line, offset) => lines[start + offset] === line)) return start
  }
  return -1
}

/**
 * What is wrong with the installed package against one patch (an empty list: it is applied).
 * `root` holds node_modules/; `patchFile` is the patch (patches/<package>+<version>.patch).
 */
export function checkPatch({ patchFile, root }: { patchFile: string; root: string }): {
  hunks: number
  problems: string[]
} {
  const problems: string[] = []
  const { name, version } = patchTarget(patchFile)
  const manifest = join(root, 'node_modules', name, 'package.json')
  const installed = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version
    : undefined
  if (installed !== version) {
    problems.push(
      `${name} ${installed ?? '(not installed)'} is installed, the patch is for ${version}: ` +
        `check the patched code in the new version and make the patch again (npx patch-package ${name})`,
    )
  }
  const hunks = parseHunks(readFileSync(patchFile, 'utf8'))
  if (hunks.length === 0) problems.push(`${patchFile}: no hunks`)
  const files = new Map<string, string[]>()
  for (const hunk of hunks) {
    const path = join(root, hunk.file)
    if (!files.has(hunk.file)) {
      files.set(hunk.file, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [])
    }
    const lines = files.get(hunk.file)!
    const where = `${hunk.file} ${hunk.header}`
    if (lines.length === 0) {
      problems.push(`${where}: the file is not there`)
      continue
    }
    const applied = indexOfBlock(lines, hunk.after)
    if (applied === -1) {
      const added = hunk.after.filter((line) => !hunk.before.includes(line))
      const missing = added.filter((line) => !lines.includes(line))
      problems.push(
        `${where}: the patched lines are not in the installed file` +
          (missing.length > 0 ? `; missing: ${missing.map((l) => l.trim()).join(' | ')}` : ''),
      )
    }
    const original = indexOfBlock(lines, hunk.before)
    if (original !== -1 && indexOfBlock(hunk.after, hunk.before) === -1) {
      problems.push(`${where}: the original lines are still there (line ${original + 1})`)
    }
  }
  return { hunks: hunks.length, problems }
}
