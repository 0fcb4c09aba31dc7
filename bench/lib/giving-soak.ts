// The giving soak (bench/giving.ts, issue #24): many "Give" posts with random outcomes from the
// Daraja stand-in, callbacks sent twice, late callbacks (after the site's own query, and after
// its 3-minute close), and one restart of the site in the middle; then the site's database
// against the stand-in's ledger: 0 lost, 0 counted twice.

import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { random } from '../../sanity/dataset/generate-synthetic.ts'
import { note } from './report.ts'
import {
  benchClientAddress,
  benchPhone,
  control,
  giftStatus,
  GIVING_BENCH_DATA_DIR,
  GIVING_TREE,
  isFinal,
  ledger,
  postGive,
  setScripts,
  type LedgerPrompt,
  type StandInScript,
} from './giving-site.ts'

/** Phones and client addresses of the soak: 2547 50 XXXXXX and 10.50.x.x (retries: 51). */
const SERIES = 50
const RETRY_SERIES = 51

/** The site's own times (lib/mpesa/giving/deps.ts and sweeper.ts): query at 90 s, close at 3 min. */
const CLOSE_AFTER_MS = 180_000
const SWEEP_EVERY_MS = 10_000

const AMOUNTS = [50, 100, 200, 500, 1000]

/** What one attempt is scripted to do; `closedThenLate` is the stand-in's outcome kept from
 * the site until after its 3-minute close (queries answer 500, no callback), then resent. */
export type SoakPlan = {
  kind: string
  script: StandInScript
  closedThenLate: boolean
}

function pick<T>(next: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = next() * total
  for (const [value, weight] of weighted) {
    roll -= weight
    if (roll < 0) return value
  }
  return weighted[weighted.length - 1]![0]
}

type Outcome = NonNullable<StandInScript['outcome']>

/** One attempt's script: an outcome, how its callback goes, when the phone answers. */
export function planAttempt(next: () => number): SoakPlan & { amount: number } {
  const amount =
    next() < 0.8 ? AMOUNTS[Math.floor(next() * AMOUNTS.length)]! : 10 + Math.floor(next() * 4990)
  const delayMs = 300 + Math.floor(next() * 2700)
  if (next() < 0.06) {
    // Never told in time: the site closes it as "no answer" at 3 minutes; the real outcome
    // (never a payment: a paid one would be money the site cannot see) comes after.
    const outcome = pick<Outcome>(next, [
      ['cancelled', 1],
      ['insufficient-funds', 1],
      ['wrong-pin', 1],
    ])
    return {
      amount,
      kind: `${outcome}, told after the close`,
      closedThenLate: true,
      script: { outcome, callback: 'never', query: 'error-500', delayMs },
    }
  }
  const outcome = pick<Outcome>(next, [
    ['paid', 45],
    ['cancelled', 13],
    ['no-answer', 10],
    ['insufficient-funds', 10],
    ['wrong-pin', 10],
    ['failed', 6],
  ])
  const callback =
    outcome === 'no-answer'
      ? pick<StandInScript['callback']>(next, [
          ['never', 3],
          ['late', 1],
        ])
      : pick<StandInScript['callback']>(next, [
          ['once', 70],
          ['twice', 15],
          ['late', 15],
        ])
  return {
    amount,
    kind: `${outcome}, callback ${callback}`,
    closedThenLate: false,
    script: { outcome, callback, delayMs },
  }
}

type Attempt = SoakPlan & {
  index: number
  amount: number
  msisdn: string
  status: number | null
  giftPath: string | null
  postMs: number
  retries: number
}

export type SoakOptions = {
  attempts: number
  concurrency: number
  seed: number
  token: () => Promise<string>
  /** Stops the site and starts it again; resolves once it answers. */
  restart: () => Promise<{ signal: string; exitMs: number; downMs: number }>
  /** Stops the site for good (before its database is read). */
  stopSite: () => Promise<void>
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!

export const percentiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    p50_ms: round(quantile(sorted, 0.5)),
    p95_ms: round(quantile(sorted, 0.95)),
    max_ms: round(sorted[sorted.length - 1] ?? NaN),
    n: sorted.length,
  }
}

/** The expected state of an attempt's row for what the stand-in did. */
function expectedState(plan: SoakPlan): string {
  if (plan.closedThenLate) return 'no-answer'
  const outcome = plan.script.outcome ?? 'paid'
  return outcome === 'insufficient-funds' || outcome === 'wrong-pin' ? 'failed' : outcome
}

type DonationRow = {
  amount: number
  receipt: string
  status: string
  outcome: string
  code: string
}

/** `npm run donations -- --since DATE --csv` on the benchmark's data folder, parsed. */
function donations(since: string): DonationRow[] {
  const result = spawnSync(
    process.execPath,
    [path.join(GIVING_TREE, 'scripts', 'donations.ts'), '--since', since, '--csv'],
    {
      cwd: GIVING_TREE,
      env: { ...process.env, NABADO_DATA_DIR: GIVING_BENCH_DATA_DIR, DATABASE_URL: '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (result.status !== 0) throw new Error(`npm run donations failed: ${result.stderr}`)
  const [header, ...lines] = result.stdout.split('\r\n').filter((line) => line !== '')
  const columns = parseCsvLine(header ?? '')
  const at = (name: string) => columns.indexOf(name)
  return lines.map(parseCsvLine).map((fields) => ({
    amount: Number(fields[at('amount_kes')]?.replace(/,/g, '')),
    receipt: fields[at('receipt')] ?? '',
    status: fields[at('status')] ?? '',
    outcome: fields[at('outcome')] ?? '',
    code: fields[at('result_code')] ?? '',
  }))
}

function parseCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      fields.push(field)
      field = ''
    } else {
      field += char
    }
  }
  fields.push(field)
  return fields
}

const count = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}

export async function soak(options: SoakOptions) {
  const next = random(options.seed)
  const plans = Array.from({ length: options.attempts }, () => planAttempt(next))
  const attempts: Attempt[] = plans.map((plan, index) => ({
    ...plan,
    index,
    msisdn: benchPhone(index, SERIES).msisdn,
    status: null,
    giftPath: null,
    postMs: NaN,
    retries: 0,
  }))
  await setScripts(attempts.map((attempt) => [attempt.msisdn, attempt.script]))
  const since = new Date(Date.now() - 24 * 3600_000).toISOString().slice(0, 10)
  const started = performance.now()
  let token = await options.token()
  let nextIndex = 0
  let retryIndex = 0
  // Set from inside the workers (holders, so TypeScript does not narrow them to null).
  const restartState: {
    running: Promise<unknown> | null
    result: Awaited<ReturnType<SoakOptions['restart']>> | null
  } = { running: null, result: null }
  const networkErrors: string[] = []
  const usedPhones = new Set<string>()

  const post = async (attempt: Attempt) => {
    for (;;) {
      const retry = attempt.retries > 0
      const phone = retry ? benchPhone(retryIndex, RETRY_SERIES) : benchPhone(attempt.index, SERIES)
      const address = retry
        ? benchClientAddress(retryIndex++, RETRY_SERIES)
        : benchClientAddress(attempt.index, SERIES)
      if (retry) await control('PUT', `/scripts/${phone.msisdn}`, attempt.script)
      usedPhones.add(phone.msisdn)
      const sent = performance.now()
      try {
        const answer = await postGive({
          phone: phone.typed,
          amount: attempt.amount,
          clientAddress: address,
          token,
        })
        attempt.postMs = performance.now() - sent
        attempt.status = answer.status
        attempt.giftPath = answer.giftPath
        attempt.msisdn = phone.msisdn
        return
      } catch (error) {
        // The site is down (the restart): wait for it, then the same attempt from another phone.
        networkErrors.push(String((error as Error).cause ?? error))
        attempt.retries++
        if (restartState.running) await restartState.running
        else await sleep(250)
        token = await options.token().catch(() => token)
      }
    }
  }

  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (nextIndex < attempts.length) {
        const attempt = attempts[nextIndex++]!
        if (attempt.index === Math.floor(attempts.length / 2) && !restartState.running) {
          note(`soak: restarting the site after ${attempt.index} attempts`)
          // Awaited below: a failed restart fails the soak (after the clean-up in giving.ts).
          restartState.running = options.restart().then(
            (result) => (restartState.result = result),
            (error: unknown) => error as Error,
          )
        }
        await post(attempt)
        if ((attempt.index + 1) % 100 === 0) note(`soak: ${attempt.index + 1} posted`)
      }
    }),
  )
  const restartOutcome: unknown = await restartState.running
  if (restartOutcome instanceof Error) throw restartOutcome
  const postedMs = performance.now() - started
  const prompted = attempts.filter((attempt) => attempt.giftPath !== null)
  note(`soak: ${prompted.length} of ${attempts.length} prompted; waiting for every one to end`)

  // Every status page final: the 3-minute closes take longest (a sweep every 10 s).
  const states = new Map<Attempt, string | null>()
  const deadline = Date.now() + CLOSE_AFTER_MS + 12 * SWEEP_EVERY_MS
  let resent = false
  const resends: {
    status: number | null | undefined
    before: string | null
    after?: string | null
  }[] = []
  for (;;) {
    for (const attempt of prompted) {
      if (isFinal(states.get(attempt) ?? null)) continue
      states.set(attempt, await giftStatus(attempt.giftPath!))
    }
    const open = prompted.filter((attempt) => !isFinal(states.get(attempt) ?? null))
    const closedThenLate = prompted.filter((attempt) => attempt.closedThenLate)
    if (!resent && closedThenLate.every((attempt) => isFinal(states.get(attempt) ?? null))) {
      // The stand-in now tells the site what really happened: after the close, too late.
      const { prompts } = await ledger()
      for (const attempt of closedThenLate) {
        const prompt = prompts.find((entry) => entry.msisdn === attempt.msisdn)
        if (!prompt) continue
        const delivery = await control<{ status?: number | null }>(
          'POST',
          `/callbacks/${encodeURIComponent(prompt.checkoutRequestId)}/resend`,
        )
        resends.push({ status: delivery.status, before: states.get(attempt) ?? null })
      }
      resent = true
      continue
    }
    if (open.length === 0 && resent) break
    if (Date.now() > deadline) {
      note(`soak: ${open.length} attempts still not final at the deadline`)
      break
    }
    note(`soak: ${open.length} attempts not final yet`)
    await sleep(5000)
  }
  const settledMs = performance.now() - started

  // What the site's pages say now (the resent callbacks must have changed nothing).
  let changedByResend = 0
  for (const attempt of prompted.filter((item) => item.closedThenLate)) {
    if ((await giftStatus(attempt.giftPath!)) !== states.get(attempt)) changedByResend++
  }
  const wrongState = prompted.filter((attempt) => states.get(attempt) !== expectedState(attempt))

  await control('POST', '/settled')
  const { summary, prompts } = await ledger()
  await options.stopSite()
  const rows = donations(since)

  const paidRows = rows.filter((row) => row.status === 'paid')
  // A gift the site's STK Push Query settled has no receipt: Daraja's query answer carries none.
  const withReceipt = paidRows.filter((row) => row.receipt !== '')
  const dbReceipts = new Set(withReceipt.map((row) => row.receipt))
  const standInReceipts = new Set(
    prompts
      .filter((prompt) => prompt.due && prompt.outcome === 'paid')
      .map((prompt) => prompt.receipt ?? ''),
  )
  const onlyInDb = [...dbReceipts].filter((receipt) => !standInReceipts.has(receipt))
  const onlyInStandIn = [...standInReceipts].filter((receipt) => !dbReceipts.has(receipt))
  const soakPrompts = prompts.filter((prompt: LedgerPrompt) => usedPhones.has(prompt.msisdn))
  const dbPaid = {
    count: paidRows.length,
    amount: paidRows.reduce((sum, row) => sum + row.amount, 0),
  }
  return {
    attempts: attempts.length,
    prompted: prompted.length,
    answers: count(attempts, (attempt) => String(attempt.status)),
    plannedKinds: count(attempts, (attempt) => attempt.kind),
    standInOutcomes: count(prompts, (prompt) => prompt.outcome),
    soakPrompts: soakPrompts.length,
    siteOutcomes: count(
      rows.filter((row) => row.status !== 'pending'),
      (row) => (row.code === 'timeout' ? `${row.outcome} (closed at 3 min)` : row.outcome),
    ),
    pendingRows: rows.filter((row) => row.status === 'pending').length,
    dbRows: rows.length,
    ledgerPrompts: prompts.length,
    standInPaid: summary.paid,
    dbPaid,
    paidCountMismatch: dbPaid.count - summary.paid.count,
    paidAmountMismatch: dbPaid.amount - summary.paid.amount,
    receiptsOnlyInDb: onlyInDb.length,
    receiptsOnlyInStandIn: onlyInStandIn.length,
    duplicateReceiptsInDb: withReceipt.length - dbReceipts.size,
    paidWithoutReceipt: paidRows.length - withReceipt.length,
    wrongStatusPages: wrongState.length,
    wrongStatusExamples: wrongState
      .slice(0, 5)
      .map((attempt) => `${attempt.kind}: ${states.get(attempt)}`),
    resentAfterClose: resends.length,
    resentAnswers: count(resends, (resend) => String(resend.status)),
    changedByResend,
    callbacks: summary.callbacks,
    queries: summary.queries,
    pushAnswers: summary.pushAnswers,
    retriesAfterNetworkErrors: attempts.reduce((sum, attempt) => sum + attempt.retries, 0),
    networkErrors: count(networkErrors, (error) => error.slice(0, 80)),
    restart: restartState.result,
    postMs: percentiles(prompted.map((attempt) => attempt.postMs)),
    postedS: Math.round(postedMs / 100) / 10,
    durationS: Math.round(settledMs / 100) / 10,
  }
}
