import type { DarajaClient } from '../daraja/index.ts'
import type { GivingKeys } from './keys.ts'
import type { GiftLedger } from './ledger.ts'

/**
 * What the giving steps (give.ts, receive-callback.ts, sweep.ts) work with, passed in so that
 * the tests run them against PGlite and the Daraja stand-in with a clock they move.
 */
export type GivingDeps = {
  ledger: GiftLedger
  daraja: Pick<DarajaClient, 'stkPush' | 'stkPushQuery'>
  keys: GivingKeys
  /** MPESA_CALLBACK_URL: the public origin Daraja posts results to. */
  callbackBase: string
  now: () => Date
  /** One line per event that an operator may need; never a phone number or a secret. */
  log: (line: string) => void
}

/** When the site stops waiting for Daraja's callback and asks Daraja itself. */
export const QUERY_AFTER_MS = 90_000
/** When an attempt nobody has settled is closed as "no answer". */
export const CLOSE_AFTER_MS = 180_000
/** How long a sweeping instance keeps an attempt to itself before another may take it. */
export const SWEEP_LEASE_MS = 30_000

/** What the supporter sees on their phone's prompt and statement (≤ 12 and ≤ 13 characters). */
export const ACCOUNT_REFERENCE = 'Nabado'
export const TRANSACTION_DESC = 'Nabado gift'
