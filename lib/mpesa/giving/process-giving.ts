import '@/lib/server-only.ts'
import { giftLedger, processDatabase } from '@/lib/db'
import { mpesaConfig, type MpesaConfig } from '@/lib/env/mpesa.ts'
import { createDarajaClient, type DarajaClient } from '../daraja/index.ts'
import type { GivingDeps } from './deps.ts'
import { givingKeys, type GivingKeys } from './keys.ts'

/**
 * Giving in this server process: the configuration, one Daraja client (its token shared by
 * every request) and the keys, made once; the database's ledger is awaited per use, so an
 * open that failed (PostgreSQL down) is tried again by the next one.
 */
type Giving = { config: MpesaConfig; daraja: DarajaClient; keys: GivingKeys }

const GIVING = Symbol.for('nabado.giving')
const globalForGiving = globalThis as { [GIVING]?: Giving }

/** Null when M-Pesa is not configured: no form, no endpoints. */
export function processGiving(): Giving | null {
  if (!mpesaConfig) return null
  return (globalForGiving[GIVING] ??= {
    config: mpesaConfig,
    daraja: createDarajaClient(mpesaConfig),
    keys: givingKeys(mpesaConfig),
  })
}

export function logGiving(line: string): void {
  console.info(line)
}

/** The steps' dependencies, with this process's database; rejects when it is unreachable. */
export async function processGivingDeps(giving: Giving): Promise<GivingDeps> {
  return {
    ledger: await giftLedger(),
    daraja: giving.daraja,
    keys: giving.keys,
    callbackBase: giving.config.callbackBase,
    now: () => new Date(),
    log: logGiving,
  }
}

/** Whether the database answers within `timeoutMs` (for the form's "unavailable" notice). */
export async function databaseAnswers(timeoutMs = 1500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const ping = processDatabase()
    .then((database) => database.ping())
    .then(
      () => true,
      () => false,
    )
  try {
    return await Promise.race([ping, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Whether the till the page shows is the one the money goes to. They are compared as digits:
 * an editor's "954 9825" is the same till; another number is not, and then there is no form.
 */
export function tillMatches(shownTill: string | null | undefined, configuredTill: string): boolean {
  return (shownTill ?? '').replace(/\D/g, '') === configuredTill
}

/** The till as the support page spells it ("954 9825") when it is the configured one; else the configured. */
export function tillToShow(shownTill: string | null | undefined, configuredTill: string): string {
  const shown = shownTill?.trim()
  return shown && tillMatches(shown, configuredTill) ? shown : configuredTill
}

/** What a log line may say of a failure: its code (ECONNREFUSED) or its name, never its message. */
export function errorCodeOf(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown }
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown'
}
