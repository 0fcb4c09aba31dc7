import '../../server-only.ts'
import {
  and,
  asc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
} from 'drizzle-orm'
import type { GiftOutcome } from '../../mpesa/daraja/index.ts'
import {
  GIVING_LIMITS,
  type ClaimedGift,
  type GiftLedger,
  type GiftRecord,
  type GiftState,
  type LimitHit,
  type SettleResult,
} from '../../mpesa/giving/ledger.ts'
import type { Database } from '../engine.ts'
import { PHONE_LOCK_SPACE } from '../locks.ts'
import { giftEvents, gifts } from '../schema.ts'

const TEN_MINUTES_MS = 10 * 60_000
const DAY_MS = 24 * 3600_000

/** A final state names what happened; the outcome beside it keeps the detail. */
export function stateOf(outcome: GiftOutcome): Exclude<GiftState, 'pending'> {
  switch (outcome) {
    case 'paid':
    case 'cancelled':
    case 'no-answer':
      return outcome
    case 'insufficient-funds':
    case 'wrong-pin':
    case 'failed':
      return 'failed'
  }
}

const recordColumns = {
  id: gifts.id,
  amount: gifts.amount,
  state: gifts.state,
  outcome: gifts.outcome,
  resultCode: gifts.resultCode,
  receipt: gifts.receipt,
  checkoutRequestId: gifts.checkoutRequestId,
  merchantRequestId: gifts.merchantRequestId,
  phoneLastThree: gifts.phoneLastThree,
  createdAt: gifts.createdAt,
  promptedAt: gifts.promptedAt,
  settledAt: gifts.settledAt,
}

/** The ledger giving works with (lib/mpesa/giving/ledger.ts), in SQL both engines run. */
export function createGiftLedger(db: Database): GiftLedger {
  return {
    async createAttempt(input) {
      const { now } = input
      const tenMinutesAgo = new Date(now.getTime() - TEN_MINUTES_MS)
      const dayAgo = new Date(now.getTime() - DAY_MS)
      return db.transaction(async (tx) => {
        // One number's attempts are decided in turn: two posts at once cannot both see "no
        // pending prompt". The lock ends with the transaction.
        await tx.execute(
          sql`SELECT pg_advisory_xact_lock(${PHONE_LOCK_SPACE}::integer, hashtext(${input.phoneHash}))`,
        )
        const [phone] = await tx
          .select({
            pending: sql<number>`count(*) FILTER (WHERE ${eq(gifts.state, 'pending')})`.mapWith(
              Number,
            ),
            last10Min:
              sql<number>`count(*) FILTER (WHERE ${gt(gifts.createdAt, tenMinutesAgo)})`.mapWith(
                Number,
              ),
            lastDay: sql<number>`count(*) FILTER (WHERE ${gt(gifts.createdAt, dayAgo)})`.mapWith(
              Number,
            ),
          })
          .from(gifts)
          .where(
            and(
              eq(gifts.phoneHash, input.phoneHash),
              or(gt(gifts.createdAt, dayAgo), eq(gifts.state, 'pending')),
            ),
          )
        const [client] = await tx
          .select({ last10Min: sql<number>`count(*)`.mapWith(Number) })
          .from(gifts)
          .where(and(eq(gifts.clientHash, input.clientHash), gt(gifts.createdAt, tenMinutesAgo)))
        const limit = limitHit(phone!, client!.last10Min)
        if (limit) return { ok: false as const, limit }
        await tx.insert(gifts).values({
          id: input.id,
          amount: input.amount,
          state: 'pending',
          phoneHash: input.phoneHash,
          clientHash: input.clientHash,
          phoneLastThree: input.phoneLastThree,
          createdAt: now,
        })
        await tx
          .insert(giftEvents)
          .values({ giftId: input.id, kind: 'created', source: 'form', state: 'pending', at: now })
        return { ok: true as const }
      })
    },

    async markPrompted(id, prompt) {
      await db.transaction(async (tx) => {
        const changed = await tx
          .update(gifts)
          .set({
            checkoutRequestId: prompt.checkoutRequestId,
            merchantRequestId: prompt.merchantRequestId,
            promptedAt: prompt.now,
          })
          .where(and(eq(gifts.id, id), eq(gifts.state, 'pending'), isNull(gifts.promptedAt)))
          .returning({ id: gifts.id })
        if (changed.length === 0) return
        await tx.insert(giftEvents).values({
          giftId: id,
          kind: 'prompted',
          source: 'push',
          state: 'pending',
          at: prompt.now,
        })
      })
    },

    async settle(id, input, source, now): Promise<SettleResult> {
      return db.transaction(async (tx) => {
        // The row locked for the rest of the transaction: a callback and the sweep's query
        // arriving together take turns, and the second finds it final.
        const [row] = await tx
          .select({
            state: gifts.state,
            amount: gifts.amount,
            receipt: gifts.receipt,
            checkoutRequestId: gifts.checkoutRequestId,
          })
          .from(gifts)
          .where(eq(gifts.id, id))
          .for('update')
        if (!row) return 'unknown'
        if (
          input.checkoutRequestId !== undefined &&
          row.checkoutRequestId !== null &&
          input.checkoutRequestId !== row.checkoutRequestId
        ) {
          return 'mismatch'
        }
        const paid = input.outcome === 'paid'
        if (paid && input.amount !== undefined && input.amount !== row.amount) return 'mismatch'
        const receipt = paid ? (input.receipt ?? null) : null
        if (receipt !== null && (await receiptHeldElsewhere(tx, receipt, id))) {
          return 'duplicate-receipt'
        }

        if (row.state !== 'pending') {
          // STK Push Query says "paid" without a receipt; Daraja's callback, when it comes
          // after, carries it. The state stays, the report gains the receipt.
          if (row.state === 'paid' && paid && row.receipt === null && receipt !== null) {
            await tx.update(gifts).set({ receipt }).where(eq(gifts.id, id))
          }
          return 'already-final'
        }

        const state = stateOf(input.outcome)
        const changed = await tx
          .update(gifts)
          .set({
            state,
            outcome: input.outcome,
            resultCode: input.resultCode,
            resultDesc: input.resultDesc,
            receipt,
            checkoutRequestId: sql`coalesce(${gifts.checkoutRequestId}, ${input.checkoutRequestId ?? null})`,
            settledAt: now,
            leaseUntil: null,
          })
          .where(and(eq(gifts.id, id), eq(gifts.state, 'pending')))
          .returning({ id: gifts.id })
        if (changed.length === 0) return 'already-final'
        await tx.insert(giftEvents).values({
          giftId: id,
          kind: 'settled',
          source,
          state,
          at: now,
          detail: `${input.outcome} ${input.resultCode}`,
        })
        return 'settled'
      })
    },

    async getGift(id) {
      const [row] = await db.select(recordColumns).from(gifts).where(eq(gifts.id, id))
      return row ? recordOf(row) : null
    },

    async claimOverdue({ olderThan, leaseUntil, now, limit }): Promise<ClaimedGift[]> {
      return db.transaction(async (tx) => {
        // Rows another instance is claiming right now are skipped, not waited for; rows it
        // claimed earlier carry a lease that has not run out.
        const rows = await tx
          .select({
            id: gifts.id,
            checkoutRequestId: gifts.checkoutRequestId,
            createdAt: gifts.createdAt,
            promptedAt: gifts.promptedAt,
          })
          .from(gifts)
          .where(
            and(
              eq(gifts.state, 'pending'),
              lt(sql`coalesce(${gifts.promptedAt}, ${gifts.createdAt})`, olderThan),
              or(isNull(gifts.leaseUntil), lte(gifts.leaseUntil, now)),
            ),
          )
          .orderBy(asc(gifts.createdAt))
          .limit(limit)
          .for('update', { skipLocked: true })
        if (rows.length === 0) return []
        await tx
          .update(gifts)
          .set({ leaseUntil })
          .where(
            inArray(
              gifts.id,
              rows.map((row) => row.id),
            ),
          )
        return rows
      })
    },

    async forgetHashes(before) {
      const cleared = await db
        .update(gifts)
        .set({ phoneHash: null, clientHash: null })
        .where(
          and(
            lt(gifts.createdAt, before),
            or(isNotNull(gifts.phoneHash), isNotNull(gifts.clientHash)),
          ),
        )
        .returning({ id: gifts.id })
      return cleared.length
    },

    async listSince(since) {
      const rows = await db
        .select(recordColumns)
        .from(gifts)
        .where(gte(gifts.createdAt, since))
        .orderBy(asc(gifts.createdAt), asc(gifts.id))
      return rows.map(recordOf)
    },

    async totalPaid(from, to) {
      const [row] = await db
        .select({ total: sql<number>`coalesce(sum(${gifts.amount}), 0)`.mapWith(Number) })
        .from(gifts)
        .where(and(eq(gifts.state, 'paid'), gte(gifts.settledAt, from), lt(gifts.settledAt, to)))
      return row?.total ?? 0
    },
  }
}

/** Which limit a new attempt would pass, in the order a supporter is told: pending first. */
function limitHit(
  phone: { pending: number; last10Min: number; lastDay: number },
  client10Min: number,
): LimitHit | null {
  if (phone.pending >= GIVING_LIMITS.pendingPerPhone) return 'phone-pending'
  if (phone.last10Min >= GIVING_LIMITS.phonePer10Min) return 'phone-10min'
  if (phone.lastDay >= GIVING_LIMITS.phonePerDay) return 'phone-day'
  if (client10Min >= GIVING_LIMITS.clientPer10Min) return 'client-10min'
  return null
}

async function receiptHeldElsewhere(
  tx: Pick<Database, 'select'>,
  receipt: string,
  id: string,
): Promise<boolean> {
  const rows = await tx
    .select({ id: gifts.id })
    .from(gifts)
    .where(and(eq(gifts.receipt, receipt), ne(gifts.id, id)))
  return rows.length > 0
}

type RecordRow = {
  [K in keyof typeof recordColumns]: (typeof recordColumns)[K]['_']['data'] | null
}

function recordOf(row: RecordRow): GiftRecord {
  return row as GiftRecord
}
