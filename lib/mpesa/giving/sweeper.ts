import '@/lib/server-only.ts'
import { getSiteSettings } from '@/lib/content'
import {
  errorCodeOf,
  logGiving,
  processGiving,
  processGivingDeps,
  tillMatches,
} from './process-giving.ts'
import { sweepOnce } from './sweep.ts'

/** How often this instance looks for attempts that waited too long (well inside the 90 s). */
export const SWEEP_EVERY_MS = 10_000
/** How often hashes older than the longest limit (a day) are cleared. */
const FORGET_EVERY_MS = 3600_000
const DAY_MS = 24 * 3600_000

const STARTED = Symbol.for('nabado.giving.sweeper')
const globalForSweeper = globalThis as { [STARTED]?: true }

/**
 * Started once per server process (instrumentation.ts): the reconciling sweep every 10 s and
 * the hourly erasure of the limits' hashes. Timers are unref'd, so they never keep a stopping
 * server alive; a round that fails (database down) is simply tried again by the next.
 */
export function startGivingSweeper(): void {
  const giving = processGiving()
  if (!giving || globalForSweeper[STARTED]) return
  globalForSweeper[STARTED] = true
  let sweeping = false
  // One line when rounds start failing (the database down) and one when they work again, not
  // one every 10 s.
  let failing = false
  const sweep = async () => {
    if (sweeping) return
    sweeping = true
    try {
      await sweepOnce(await processGivingDeps(giving))
      if (failing) logGiving('giving sweep: the database answers again; sweeping')
      failing = false
    } catch (error) {
      if (!failing)
        logGiving(`giving sweep: paused, the database does not answer (${errorCodeOf(error)})`)
      failing = true
    } finally {
      sweeping = false
    }
  }
  const forget = async () => {
    try {
      const deps = await processGivingDeps(giving)
      await deps.ledger.forgetHashes(new Date(Date.now() - DAY_MS))
    } catch {
      // The next hour's round clears them.
    }
  }
  setInterval(() => void sweep(), SWEEP_EVERY_MS).unref()
  setInterval(() => void forget(), FORGET_EVERY_MS).unref()
  void forget()
  void warnOnTillMismatch(giving.config.till)
}

/** The form stays off while the page's till is another: say why once, at start-up. */
async function warnOnTillMismatch(configuredTill: string) {
  try {
    const shown = (await getSiteSettings()).support?.tillNumber
    if (!tillMatches(shown, configuredTill)) {
      console.warn(
        'giving: the support page shows another till than MPESA_TILL, so the "Give with M-Pesa" form is off. Make them the same.',
      )
    }
  } catch {
    // Content unavailable at start-up: the page itself decides when it is rendered.
  }
}
