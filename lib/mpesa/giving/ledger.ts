import type { GiftOutcome } from '../daraja/index.ts'

/**
 * What giving needs of the site's database: the attempts, their changes of state and the
 * limits. lib/db/gifts/ implements it in SQL (PGlite or PostgreSQL, the same statements);
 * the giving flow (lib/mpesa/giving/) reads as the steps a supporter goes through, without
 * SQL in it. Every time that matters is passed in as `now`, so tests can move the clock.
 *
 * The full phone number is never stored: the row keeps a keyed hash of it (for the limits)
 * and its last three digits (for the magazine's report). Both hashes are cleared once they
 * are older than the longest limit (a day).
 */

/** A row's state. A final state never changes (the state machine lives in the SQL's WHERE). */
export type GiftState = 'pending' | 'paid' | 'cancelled' | 'failed' | 'no-answer'

export type LimitHit = 'phone-10min' | 'phone-day' | 'phone-pending' | 'client-10min'

/** The limits, one place: 3 prompts per number per 10 minutes and 10 per day, one pending
 * prompt per number, 10 prompts per client address per 10 minutes. */
export const GIVING_LIMITS = {
  phonePer10Min: 3,
  phonePerDay: 10,
  pendingPerPhone: 1,
  clientPer10Min: 10,
} as const

/** Who settled an attempt: Daraja's callback, our STK push query, the sweep's 3-minute close,
 * or Daraja refusing the push itself. */
export type SettleSource = 'callback' | 'query' | 'sweep' | 'push-refused'

export type SettleInput = {
  outcome: GiftOutcome
  /** Daraja's ResultCode as text ("0", "1032", "SFC_IC0003"); our own "timeout" for the close. */
  resultCode: string
  resultDesc: string
  /** Only for `paid`: the M-Pesa receipt (unique across all gifts) and the amount paid. */
  receipt?: string
  amount?: number
  /** When Daraja's message names it: must equal the attempt's, or nothing changes. */
  checkoutRequestId?: string
}

/**
 * - settled: this call moved the attempt from pending to a final state (and recorded it once).
 * - already-final: it was final before; nothing changed (a repeated or late callback).
 * - unknown: no such attempt.
 * - mismatch: the CheckoutRequestID or the paid amount differs from the attempt's; nothing changed.
 * - duplicate-receipt: another attempt already holds this receipt; nothing changed.
 */
export type SettleResult =
  'settled' | 'already-final' | 'unknown' | 'mismatch' | 'duplicate-receipt'

export type GiftRecord = {
  id: string
  amount: number
  state: GiftState
  /** The GiftOutcome behind a final state (wrong-pin and insufficient-funds are `failed`). */
  outcome: GiftOutcome | null
  resultCode: string | null
  receipt: string | null
  checkoutRequestId: string | null
  merchantRequestId: string | null
  phoneLastThree: string
  createdAt: Date
  promptedAt: Date | null
  settledAt: Date | null
}

/** An attempt the sweep has claimed: its lease keeps every other instance off it for a while. */
export type ClaimedGift = {
  id: string
  checkoutRequestId: string | null
  createdAt: Date
  promptedAt: Date | null
}

export type GiftLedger = {
  /**
   * Checks the limits and records a new pending attempt, atomically per phone number (two
   * posts for one number at once cannot both pass "one pending prompt").
   */
  createAttempt(input: {
    id: string
    amount: number
    phoneHash: string
    clientHash: string
    phoneLastThree: string
    now: Date
  }): Promise<{ ok: true } | { ok: false; limit: LimitHit }>
  /** Daraja accepted the push: the prompt is on the phone. Only a pending attempt changes. */
  markPrompted(
    id: string,
    prompt: { checkoutRequestId: string; merchantRequestId: string; now: Date },
  ): Promise<void>
  /** pending → final, exactly once, with its event. */
  settle(id: string, input: SettleInput, source: SettleSource, now: Date): Promise<SettleResult>
  getGift(id: string): Promise<GiftRecord | null>
  /**
   * Pending attempts older than `olderThan` whose lease has run out, claimed with
   * FOR UPDATE SKIP LOCKED and leased until `leaseUntil`: with several instances, each
   * attempt is swept by exactly one at a time; a crash mid-sweep only delays it a lease.
   */
  claimOverdue(input: {
    olderThan: Date
    leaseUntil: Date
    now: Date
    limit: number
  }): Promise<ClaimedGift[]>
  /** Clears phone and client hashes older than `before` (the longest limit is a day). */
  forgetHashes(before: Date): Promise<number>
  /** For the magazine's report (`npm run donations`), oldest first. */
  listSince(since: Date): Promise<GiftRecord[]>
  /** The sum of paid gifts in [from, to): "Readers gave KES 12,300 this month". */
  totalPaid(from: Date, to: Date): Promise<number>
}
