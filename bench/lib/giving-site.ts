// The giving benchmark's site and Daraja stand-in (bench/giving.ts): the bundled site built
// with M-Pesa pointed at the stand-in, as the e2e project "giving" builds it
// (e2e/giving/setup.ts, playwright.config.ts), but with a dist folder, a data folder and
// ports of its own, so it never meets the end-to-end tests' servers or their gifts.
//
// The site is built from the checkout's last commit, checked out into .bench/giving/tree/ (a
// git worktree with this checkout's node_modules as hard links, as bench/lib/baseline.ts
// does): the figures are a commit's, never those of whatever is being edited in the checkout.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { givingSiteEnv } from '../../e2e/giving/setup.ts'
import { stopGroup } from '../../tests/harness/process-group.ts'
import { note } from './report.ts'
import { buildSite, ROOT, startSite, type Server } from './site.ts'

/** Site 3500-3510 and stand-ins 4050-4060 are this benchmark's. */
export const GIVING_BENCH_PORTS = { site: 3500, daraja: 4050, darajaControl: 4051 } as const
export const GIVING_BENCH_DIST = '.next-bench-giving'
/** The same commit built without any M-Pesa setting: /support as it is with giving off. */
export const GIVING_OFF_DIST = '.next-bench-giving-off'
/** The worktree the site is built and served from (under .bench/, ignored by git). */
export const GIVING_TREE = path.join(ROOT, '.bench', 'giving', 'tree')
/** Emptied at the start of every run. */
export const GIVING_BENCH_DATA_DIR = path.join(ROOT, '.bench', 'giving', 'data')

export const givingOrigin = `http://127.0.0.1:${GIVING_BENCH_PORTS.site}`
const darajaURL = `http://127.0.0.1:${GIVING_BENCH_PORTS.daraja}`
const controlURL = `http://127.0.0.1:${GIVING_BENCH_PORTS.darajaControl}`

/** givingSiteEnv with this benchmark's ports and folders; one trusted proxy (X-Forwarded-For). */
export const givingBenchEnv: Record<string, string> = {
  ...givingSiteEnv,
  MPESA_API_URL: darajaURL,
  MPESA_CALLBACK_URL: givingOrigin,
  NABADO_DATA_DIR: GIVING_BENCH_DATA_DIR,
  NABADO_TRUSTED_PROXIES: '1',
}

function git(args: string[], cwd = ROOT): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout.trim()
}

/**
 * The worktree at this checkout's HEAD (or BENCH_GIVING_REF), and both builds in it (M-Pesa on, and off);
 * BENCH_REUSE_BUILD=1 keeps builds already made of the same commit. Returns the commit.
 */
export function ensureGivingBuilds(): string {
  const commit = git([
    'rev-parse',
    '--verify',
    `${process.env.BENCH_GIVING_REF || 'HEAD'}^{commit}`,
  ])
  const at = existsSync(GIVING_TREE) ? git(['rev-parse', 'HEAD'], GIVING_TREE) : null
  if (at === null) {
    note(`giving: worktree of ${commit.slice(0, 7)} into .bench/giving/tree`)
    rmSync(GIVING_TREE, { recursive: true, force: true })
    git(['worktree', 'add', '--detach', GIVING_TREE, commit])
  } else if (at !== commit) {
    git(['checkout', '--detach', '--force', commit], GIVING_TREE)
  }
  if (!existsSync(path.join(GIVING_TREE, 'node_modules'))) {
    const copy = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), GIVING_TREE])
    if (copy.status !== 0) throw new Error(`cp -al node_modules failed: ${String(copy.stderr)}`)
  }
  const reuse = process.env.BENCH_REUSE_BUILD === '1' && at === commit
  for (const [dist, env] of [
    [GIVING_BENCH_DIST, givingBenchEnv],
    [GIVING_OFF_DIST, {}],
  ] as const) {
    if (reuse && existsSync(path.join(GIVING_TREE, dist, 'BUILD_ID'))) continue
    note(
      `giving: next build into ${dist} (${dist === GIVING_OFF_DIST ? 'giving off' : 'M-Pesa against the stand-in'})`,
    )
    buildSite(dist, { cwd: GIVING_TREE, bundledDataset: true, env })
  }
  return commit
}

/** A fresh data folder: the ledger and the limits start empty. */
export function emptyGivingData() {
  rmSync(GIVING_BENCH_DATA_DIR, { recursive: true, force: true })
}

/** `next start` of the giving build on the benchmark's port (Next's stderr kept for errors). */
export function startGivingSite(): Promise<Server> {
  return startSite(GIVING_BENCH_DIST, GIVING_BENCH_PORTS.site, {
    cwd: GIVING_TREE,
    bundledDataset: true,
    env: givingBenchEnv,
  })
}

/** The same commit with giving off, on 3501. */
export const startGivingOffSite = () =>
  startSite(GIVING_OFF_DIST, GIVING_BENCH_PORTS.site + 1, {
    cwd: GIVING_TREE,
    bundledDataset: true,
  })

/**
 * Stops a site for a restart: SIGTERM to its group, up to 10 s for `next start` to exit, then
 * SIGKILL. Resolves with how it ended and how long that took, once nothing answers its port.
 */
export async function stopForRestart(server: Server) {
  const started = performance.now()
  const ended = () => server.process.exitCode !== null || server.process.signalCode !== null
  await stopGroup(server.process, { graceMs: 10_000 })
  const signal = ended() ? 'SIGTERM' : 'SIGKILL'
  if (!ended()) await stopGroup(server.process, { signal: 'SIGKILL', graceMs: 5000 })
  for (let tries = 0; tries < 100; tries++) {
    try {
      await fetch(`${server.origin}/robots.txt`)
      await sleep(100)
    } catch {
      break
    }
  }
  return { signal, exitMs: Math.round(performance.now() - started) }
}

export type StandIn = { child: ChildProcess; stop: () => Promise<void> }

/**
 * The Daraja stand-in as its own process (the worktree's tools/daraja-stand-in/cli.ts), leader of its own
 * process group, with its control port; resolved once it answers /ping.
 */
export async function startStandIn(callbackDelayMs: number): Promise<StandIn> {
  const child = spawn(
    process.execPath,
    [
      path.join(GIVING_TREE, 'tools', 'daraja-stand-in', 'cli.ts'),
      '--port',
      String(GIVING_BENCH_PORTS.daraja),
      '--control-port',
      String(GIVING_BENCH_PORTS.darajaControl),
      '--callback-delay',
      String(callbackDelayMs),
    ],
    { cwd: GIVING_TREE, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  child.unref()
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const stop = () => stopGroup(child, { graceMs: 5000 })
  const until = Date.now() + 30_000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the Daraja stand-in exited: ${stderr}`)
    try {
      if ((await fetch(`${darajaURL}/ping`)).ok) return { child, stop }
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  await stop()
  throw new Error(`the Daraja stand-in did not answer in 30 s: ${stderr}`)
}

/** The stand-in's control port (tools/daraja-stand-in/README.md, "The control port"). */
export async function control<T = unknown>(
  method: string,
  route: string,
  body?: unknown,
): Promise<T> {
  const answer = await fetch(controlURL + route, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!answer.ok)
    throw new Error(`stand-in ${method} ${route}: ${answer.status} ${await answer.text()}`)
  return (answer.status === 204 ? null : await answer.json()) as T
}

export type StandInScript = {
  outcome?: 'paid' | 'cancelled' | 'no-answer' | 'insufficient-funds' | 'wrong-pin' | 'failed'
  callback?: 'once' | 'twice' | 'late' | 'never'
  query?: 'answer' | 'error-500' | 'hang'
  delayMs?: number
}

/** What the benchmark reads of the stand-in's ledger entries. */
export type LedgerPrompt = {
  checkoutRequestId: string
  msisdn: string
  amount: number
  outcome: NonNullable<StandInScript['outcome']>
  receipt?: string | null
  due: boolean
  told: boolean
  callbacks: { kind: string; status?: number | null }[]
}

export type LedgerSummary = {
  prompts: number
  due: number
  pending: number
  byOutcome: Record<string, number>
  paid: { count: number; amount: number }
  told: { count: number; paidCount: number; paidAmount: number }
  callbacks: Record<string, number>
  pushAnswers: Record<string, number>
  queries: number
}

/** Scripts for many phones, in bodies small enough for the control port (it reads 16 KB). */
export async function setScripts(scripts: [string, StandInScript][]) {
  for (let start = 0; start < scripts.length; start += 50)
    await control('POST', '/scripts', Object.fromEntries(scripts.slice(start, start + 50)))
}

export const ledger = () =>
  control<{ summary: LedgerSummary; prompts: LedgerPrompt[] }>('GET', '/ledger')

/** The form token the support page carries now (e2e/giving/form.ts does the same). */
export async function formToken(): Promise<string> {
  const html = await (await fetch(`${givingOrigin}/support`)).text()
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('/support has no giving form: is M-Pesa configured?')
  return token
}

/** A gift's status as its page shows it (`data-gift-status`), or null without an answer. */
export async function giftStatus(giftPath: string): Promise<string | null> {
  try {
    const answer = await fetch(givingOrigin + giftPath, { headers: { accept: 'text/html' } })
    const html = await answer.text()
    return /data-gift-status="([^"]+)"/.exec(html)?.[1] ?? null
  } catch {
    return null
  }
}

/** What the status page says once the attempt is final. */
export const isFinal = (status: string | null) =>
  status !== null && status !== 'pending' && status !== 'unknown'

export type Give = {
  phone: string
  amount: number
  clientAddress: string
  token: string
}

/** One "Give" as the form posts it; the 303's Location (the gift's page) or the status. */
export async function postGive({ phone, amount, clientAddress, token }: Give) {
  const answer = await fetch(`${givingOrigin}/support/give`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: givingOrigin,
      'x-forwarded-for': clientAddress,
    },
    body: new URLSearchParams({ token, phone, amount: String(amount) }).toString(),
  })
  await answer.arrayBuffer()
  const location = answer.headers.get('location')
  return {
    status: answer.status,
    giftPath: answer.status === 303 && location ? new URL(location, givingOrigin).pathname : null,
  }
}

/** 07XX XXX XXX as people type it, and the 2547XXXXXXXX the stand-in keys scripts by. */
export function benchPhone(index: number, series: number) {
  const local = `7${String(series).padStart(2, '0')}${String(index).padStart(6, '0')}`
  return {
    typed: `0${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`,
    msisdn: `254${local}`,
  }
}

/** A client address of its own per attempt, in 10/8 (private: no real client's). */
export const benchClientAddress = (index: number, series: number) =>
  `10.${series}.${(index >> 8) & 255}.${index & 255}`
