import type { GivingDeps } from './deps.ts'
import { CLOSE_AFTER_MS, QUERY_AFTER_MS, SWEEP_LEASE_MS } from './deps.ts'
import type { ClaimedGift } from './ledger.ts'

/** At most this many attempts per round: a backlog is worked through over several rounds. */
const SWEEP_BATCH = 25

/**
 * One round of reconciliation: every attempt pending for more than QUERY_AFTER_MS is asked
 * about with STK Push Query; what the query settles is recorded, and what is still open after
 * CLOSE_AFTER_MS is closed as "no answer". Attempts are claimed with a lease (FOR UPDATE SKIP
 * LOCKED), so with several instances each is swept by one; one that crashes mid-round only
 * delays its attempts by a lease. Returns how many attempts it looked at.
 */
export async function sweepOnce(deps: GivingDeps): Promise<number> {
  const now = deps.now()
  const claimed = await deps.ledger.claimOverdue({
    olderThan: new Date(now.getTime() - QUERY_AFTER_MS),
    leaseUntil: new Date(now.getTime() + SWEEP_LEASE_MS),
    now,
    limit: SWEEP_BATCH,
  })
  for (const gift of claimed) {
    try {
      await reconcile(deps, gift)
    } catch (error) {
      // The lease runs out and the next round tries again.
      deps.log(`giving sweep: ${gift.id} failed: ${(error as Error).message}`)
    }
  }
  return claimed.length
}

async function reconcile(deps: GivingDeps, gift: ClaimedGift): Promise<void> {
  const since = (gift.promptedAt ?? gift.createdAt).getTime()
  if (gift.checkoutRequestId !== null) {
    const answer = await deps.daraja.stkPushQuery(gift.checkoutRequestId)
    if (answer.kind === 'settled') {
      const result = await deps.ledger.settle(
        gift.id,
        {
          outcome: answer.outcome,
          resultCode: answer.resultCode,
          resultDesc: answer.resultDesc,
          checkoutRequestId: gift.checkoutRequestId,
        },
        'query',
        deps.now(),
      )
      deps.log(`giving: ${gift.id} ${answer.outcome} by query (${answer.resultCode}): ${result}`)
      return
    }
    if (answer.kind === 'unavailable') deps.log(`giving sweep: ${gift.id} ${answer.logMessage}`)
  }
  if (deps.now().getTime() - since < CLOSE_AFTER_MS) return
  const result = await deps.ledger.settle(
    gift.id,
    { outcome: 'no-answer', resultCode: 'timeout', resultDesc: 'no result after 3 minutes' },
    'sweep',
    deps.now(),
  )
  deps.log(`giving: ${gift.id} closed as no answer: ${result}`)
}
