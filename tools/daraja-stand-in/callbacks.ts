// Posting results to the site's CallBackURL, as Daraja does: one POST of JSON, no signature,
// no retry. Deliveries are scheduled per prompt and tracked so a test can wait for them.

import type { CallbackDelivery, Prompt } from './ledger.ts'
import { nairobiTimestamp } from './nairobi-time.ts'

/** The body Daraja posts for a prompt's outcome. */
export function callbackBody(prompt: Prompt): unknown {
  const { script } = prompt
  const stkCallback: Record<string, unknown> = {
    MerchantRequestID: prompt.merchantRequestId,
    CheckoutRequestID: prompt.checkoutRequestId,
    // A number when it is one (Daraja's callbacks send 0, 1032), else as given ("SFC_IC0003").
    ResultCode:
      typeof script.resultCode === 'string' && /^\d+$/.test(script.resultCode)
        ? Number(script.resultCode)
        : script.resultCode,
    ResultDesc: script.resultDesc,
  }
  if (script.outcome === 'paid') {
    stkCallback.CallbackMetadata = {
      Item: [
        { Name: 'Amount', Value: prompt.amount },
        { Name: 'MpesaReceiptNumber', Value: prompt.receipt },
        { Name: 'Balance' },
        { Name: 'TransactionDate', Value: Number(nairobiTimestamp(new Date(prompt.dueAt))) },
        { Name: 'PhoneNumber', Value: Number(prompt.msisdn) },
      ],
    }
  }
  return { Body: { stkCallback } }
}

export class CallbackSender {
  readonly #timeoutMs: number
  readonly #timers = new Set<ReturnType<typeof setTimeout>>()
  readonly #inFlight = new Set<Promise<CallbackDelivery>>()

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs
  }

  schedule(prompt: Prompt, delayMs: number, kind: CallbackDelivery['kind']): void {
    const timer = setTimeout(
      () => {
        this.#timers.delete(timer)
        void this.deliver(prompt, kind)
      },
      Math.max(0, delayMs),
    )
    this.#timers.add(timer)
  }

  deliver(prompt: Prompt, kind: CallbackDelivery['kind']): Promise<CallbackDelivery> {
    const delivery = this.#post(prompt, kind)
    this.#inFlight.add(delivery)
    void delivery.finally(() => this.#inFlight.delete(delivery))
    return delivery
  }

  async #post(prompt: Prompt, kind: CallbackDelivery['kind']): Promise<CallbackDelivery> {
    const record: CallbackDelivery = {
      at: new Date().toISOString(),
      status: undefined,
      error: undefined,
      kind,
    }
    // Recorded before it is sent: the ledger shows a delivery in flight as sent, unanswered.
    prompt.callbacks.push(record)
    try {
      const response = await fetch(prompt.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(callbackBody(prompt)),
        signal: AbortSignal.timeout(this.#timeoutMs),
      })
      await response.arrayBuffer().catch(() => undefined)
      record.status = response.status
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause
      record.error = cause?.code ?? (error as Error).name ?? 'error'
    }
    return record
  }

  /** Resolves once nothing is scheduled or in flight. */
  async settled(): Promise<void> {
    while (this.#timers.size > 0 || this.#inFlight.size > 0) {
      if (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight])
      else await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }

  cancelAll(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }
}
