import { CALLBACK_ACKNOWLEDGEMENT, parseCallback } from '../daraja/index.ts'
import { forLog } from '../daraja/messages.ts'
import type { GivingDeps } from './deps.ts'
import { isCallbackToken, isGiftId } from './gift-id.ts'

export type CallbackAnswer = {
  status: number
  body: Record<string, unknown>
  /** This callback recorded a gift as received (pages showing totals may now be stale). */
  paid?: true
}

const refuse = (status: number, error: string): CallbackAnswer => ({ status, body: { error } })

/**
 * Daraja's POST to an attempt's callback address. Daraja signs nothing, so the address is the
 * proof: the id and its HMAC (gift-id.ts). "Received" is recorded only for a pending attempt
 * whose CheckoutRequestID and amount match; a repeated or late callback is answered 200 and
 * changes nothing (the ledger's state machine). Every refusal is logged, without the body.
 */
export async function receiveCallback(
  deps: GivingDeps,
  input: { id: unknown; token: unknown; body: string; from: string },
): Promise<CallbackAnswer> {
  const where = `from ${forLog(input.from, 64)}`
  if (!isGiftId(input.id)) {
    deps.log(`giving callback refused: not a gift id (${where})`)
    return refuse(404, 'Unknown gift')
  }
  if (!isCallbackToken(deps.keys.callback, input.id, input.token)) {
    deps.log(`giving callback refused: ${input.id} wrong or missing token (${where})`)
    return refuse(403, 'Wrong callback address')
  }
  const parsed = parseCallback(input.body)
  if (!parsed.ok) {
    deps.log(`giving callback refused: ${input.id} ${parsed.reason} (${where})`)
    return refuse(400, 'Not an STK push result')
  }
  const { callback } = parsed
  const result = await deps.ledger.settle(
    input.id,
    {
      outcome: callback.outcome,
      resultCode: callback.resultCode,
      resultDesc: forLog(callback.resultDesc, 200),
      receipt: callback.payment?.receipt,
      amount: callback.payment?.amount,
      checkoutRequestId: callback.checkoutRequestId,
    },
    'callback',
    deps.now(),
  )
  switch (result) {
    case 'settled':
      deps.log(`giving: ${input.id} ${callback.outcome} by callback (${callback.resultCode})`)
      return {
        status: 200,
        body: CALLBACK_ACKNOWLEDGEMENT,
        ...(callback.outcome === 'paid' ? { paid: true as const } : {}),
      }
    case 'already-final':
      deps.log(`giving: ${input.id} callback for a final attempt, nothing changed`)
      return { status: 200, body: CALLBACK_ACKNOWLEDGEMENT }
    case 'unknown':
      deps.log(`giving callback refused: ${input.id} no such attempt (${where})`)
      return refuse(404, 'Unknown gift')
    case 'mismatch':
      deps.log(
        `giving callback refused: ${input.id} CheckoutRequestID or amount differs (${where})`,
      )
      return refuse(409, 'Does not match the attempt')
    case 'duplicate-receipt':
      deps.log(`giving callback refused: ${input.id} receipt already recorded (${where})`)
      return refuse(409, 'Receipt already recorded')
  }
}
