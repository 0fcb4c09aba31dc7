import type { StkPushResult } from '../daraja/index.ts'
import { lastThreeDigits } from '../phone-number.ts'
import { ACCOUNT_REFERENCE, TRANSACTION_DESC, type GivingDeps } from './deps.ts'
import { callbackUrlOf, newGiftId } from './gift-id.ts'
import { keyedHash } from './keys.ts'
import type { LimitHit } from './ledger.ts'

export type GiveRequest = {
  /** 254XXXXXXXXX, already normalised (lib/mpesa/phone-number.ts). */
  msisdn: string
  /** Whole shillings, already checked (lib/mpesa/amount.ts). */
  amount: number
  /** The supporter's address as the server sees it (lib/http/client-address.ts). */
  clientAddress: string
}

export type GiveResult =
  /** The prompt is on its way: show the attempt's status page. */
  | { kind: 'prompted'; id: string }
  /** Over one of the limits: nothing was sent. */
  | { kind: 'limited'; limit: LimitHit }
  /** Daraja refused or could not be reached: nothing was sent; say `message`. */
  | { kind: 'not-sent'; message: string }

/**
 * A supporter's "Give": the limits and the new attempt in one transaction, then the STK push.
 * The full number goes to Daraja and nowhere else: the row keeps a keyed hash of it (for the
 * limits) and its last three digits.
 */
export async function give(deps: GivingDeps, request: GiveRequest): Promise<GiveResult> {
  const id = newGiftId()
  const created = await deps.ledger.createAttempt({
    id,
    amount: request.amount,
    phoneHash: keyedHash(deps.keys.phone, request.msisdn),
    clientHash: keyedHash(deps.keys.client, request.clientAddress),
    phoneLastThree: lastThreeDigits(request.msisdn),
    now: deps.now(),
  })
  if (!created.ok) {
    deps.log(`giving: ${id} not created, limit ${created.limit}`)
    return { kind: 'limited', limit: created.limit }
  }

  const push = await deps.daraja.stkPush({
    msisdn: request.msisdn,
    amount: request.amount,
    callbackUrl: callbackUrlOf(deps.callbackBase, deps.keys.callback, id),
    accountReference: ACCOUNT_REFERENCE,
    description: TRANSACTION_DESC,
  })
  return afterPush(deps, id, push)
}

async function afterPush(deps: GivingDeps, id: string, push: StkPushResult): Promise<GiveResult> {
  if (push.kind === 'accepted') {
    await deps.ledger.markPrompted(id, {
      checkoutRequestId: push.checkoutRequestId,
      merchantRequestId: push.merchantRequestId,
      now: deps.now(),
    })
    deps.log(`giving: ${id} prompted (${push.checkoutRequestId})`)
    return { kind: 'prompted', id }
  }
  deps.log(`giving: ${id} ${push.logMessage}`)
  if (push.kind === 'unavailable' && push.maybeSent) {
    // The push may have reached Daraja before its answer was lost: a prompt may still be on
    // the phone and its callback still come. The attempt stays pending; the sweep closes it
    // after CLOSE_AFTER_MS unless the callback settles it first.
    return { kind: 'prompted', id }
  }
  const settled = await deps.ledger.settle(
    id,
    {
      outcome: 'failed',
      resultCode: push.kind === 'rejected' ? push.code : 'unavailable',
      resultDesc: 'the STK push was not sent',
    },
    'push-refused',
    deps.now(),
  )
  if (settled !== 'settled') deps.log(`giving: ${id} closing a push not sent: ${settled}`)
  return { kind: 'not-sent', message: push.supporterMessage }
}
