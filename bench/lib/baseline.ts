import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { note } from './report.ts'
import { buildSite, ROOT, startSite, type Server } from './site.ts'

/**
 * The site as another commit built it, served beside this one, so a benchmark can report
 * before and after from one run on the same machine: BENCH_BASELINE=<git ref> (a commit, a
 * tag, main~3). The commit is checked out into .bench/baseline/ (a git worktree), given this
 * checkout's node_modules as hard links (no install, no network) and built with its own
 * next.config. Nothing of it is committed.
 */
export const BASELINE_REF = process.env.BENCH_BASELINE || null

const BASELINE_DIR = path.join(ROOT, '.bench', 'baseline')
const BASELINE_PORT = 3422

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`)
  return result.stdout.trim()
}

let built: string | null = null

/** Builds the baseline once per run (a ref that resolves to the same commit is reused). */
function ensureBaselineBuild(ref: string) {
  const commit = run('git', ['rev-parse', '--verify', `${ref}^{commit}`], ROOT)
  if (built === commit) return
  const current = existsSync(BASELINE_DIR)
    ? spawnSync('git', ['rev-parse', 'HEAD'], { cwd: BASELINE_DIR, encoding: 'utf8' }).stdout.trim()
    : null
  if (current !== commit || !existsSync(path.join(BASELINE_DIR, '.next', 'BUILD_ID'))) {
    note(`baseline: ${ref} (${commit.slice(0, 7)}) into .bench/baseline`)
    if (existsSync(BASELINE_DIR)) run('git', ['worktree', 'remove', '--force', BASELINE_DIR], ROOT)
    rmSync(BASELINE_DIR, { recursive: true, force: true })
    run('git', ['worktree', 'add', '--detach', BASELINE_DIR, commit], ROOT)
    run('cp', ['-al', path.join(ROOT, 'node_modules'), BASELINE_DIR], ROOT)
    buildSite('.next', { cwd: BASELINE_DIR })
  }
  built = commit
}

/** The baseline site, started; null when no BENCH_BASELINE is set. */
export async function startBaseline(): Promise<(Server & { ref: string }) | null> {
  if (!BASELINE_REF) return null
  ensureBaselineBuild(BASELINE_REF)
  const server = await startSite('.next', BASELINE_PORT, { cwd: BASELINE_DIR })
  return { ...server, ref: BASELINE_REF }
}
