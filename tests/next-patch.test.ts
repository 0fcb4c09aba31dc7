import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkPatch, parseHunks, patchTarget } from './next-patch.ts'

// The patches patch-package applies after every install (package.json postinstall, with
// --error-on-fail: an install, the Dockerfile's too, fails when one does not apply) are in the
// installed packages. Next.js's (patches/next+16.4.6.patch, docs/architecture.md) is what
// makes a reader's 404 the plain Pages Router page: an upgrade that drops it fails here.

const root = join(import.meta.dirname, '..')
const patches = readdirSync(join(root, 'patches'))
  .filter((name) => name.endsWith('.patch'))
  .map((name) => join(root, 'patches', name))

const scratch = mkdtempSync(join(tmpdir(), 'nabado-patch-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A copy of `patchFile` in the scratch folder with its first added line changed. */
function brokenCopy(patchFile: string, change: (line: string) => string): string {
  const lines = readFileSync(patchFile, 'utf8').split('\n')
  const added = lines.findIndex((line) => line.startsWith('+') && !line.startsWith('+++'))
  lines[added] = change(lines[added]!)
  const copy = join(scratch, patchFile.split('/').pop()!)
  writeFileSync(copy, lines.join('\n'))
  return copy
}

/**
 * A root in the scratch folder whose package is the installed one with `patchFile` undone
 * (each hunk's patched lines back to the original ones): a package as an upgrade brings it.
 */
function unpatchedRoot(patchFile: string): string {
  const copyRoot = mkdtempSync(join(scratch, 'root-'))
  const { name } = patchTarget(patchFile)
  const files = new Map<string, string>()
  for (const hunk of parseHunks(readFileSync(patchFile, 'utf8'))) {
    const text = files.get(hunk.file) ?? readFileSync(join(root, hunk.file), 'utf8')
    files.set(
      hunk.file,
      text.replace(hunk.after.join('\n'), () => hunk.before.join('\n')),
    )
  }
  const manifest = join('node_modules', name, 'package.json')
  files.set(manifest, readFileSync(join(root, manifest), 'utf8'))
  for (const [file, text] of files) {
    mkdirSync(dirname(join(copyRoot, file)), { recursive: true })
    writeFileSync(join(copyRoot, file), text)
  }
  return copyRoot
}

describe('the installed packages carry their patches', () => {
  it('has the Next.js patch', () => {
    expect(patches.map((file) => patchTarget(file).name)).toContain('next')
  })

  it.each(patches)('%s: every hunk is applied', (patchFile) => {
    const { hunks, problems } = checkPatch({ patchFile, root })
    expect(hunks).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  it.each(patches)('%s: a patch the package does not carry fails', (patchFile) => {
    const copy = brokenCopy(patchFile, (line) => `${line} // a change Next.js does not have`)
    const { problems } = checkPatch({ patchFile: copy, root })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/the patched lines are not in the installed file/)
  })

  it.each(patches)('%s: a package without the patch fails', (patchFile) => {
    const { hunks, problems } = checkPatch({ patchFile, root: unpatchedRoot(patchFile) })
    expect(problems).toHaveLength(2 * hunks)
    expect(problems.filter((p) => /the original lines are still there/.test(p))).toHaveLength(hunks)
  })

  it('reads a hunk as the lines before and after it', () => {
    const [hunk] = parseHunks(
      [
        '--- a/node_modules/x/a.js',
        '+++ b/node_modules/x/a.js',
        '@@ -1,3 +1,3 @@',
        ' one',
        '-two',
        '+2',
        ' three',
      ].join('\n'),
    )
    expect(hunk).toEqual({
      file: 'node_modules/x/a.js',
      header: '@@ -1,3 +1,3 @@',
      before: ['one', 'two', 'three'],
      after: ['one', '2', 'three'],
    })
    expect(patchTarget('patches/@scope+name+1.2.3.patch')).toEqual({
      name: '@scope/name',
      version: '1.2.3',
    })
  })
})
