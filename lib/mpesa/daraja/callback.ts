import { z } from 'zod'
import { outcomeOf, resultCodeText, type GiftOutcome } from './outcome.ts'

/** An STK push's result as Daraja posts it to the CallBackURL, checked and typed. */
export type StkCallback = {
  merchantRequestId: string
  checkoutRequestId: string
  /** Canonical spelling (see resultCodeText): `"0"`, `"1032"`, `"SFC_IC0003"`. */
  resultCode: string
  resultDesc: string
  outcome: GiftOutcome
  /** Only for a paid result, from CallbackMetadata. */
  payment: StkPayment | undefined
}

export type StkPayment = {
  amount: number
  /** M-Pesa's receipt (transaction id), e.g. "NLJ7RT61SV". */
  receipt: string
  /** YYYYMMDDHHmmss, Nairobi time, when Daraja sent it. */
  transactionDate: string | undefined
  /** As Daraja sent it (254…; Safaricom may mask it); never needed to match an attempt. */
  phoneNumber: string | undefined
}

export type ParsedCallback = { ok: true; callback: StkCallback } | { ok: false; reason: string }

/** What the callback's sender must be answered (HTTP 200) once the body was read. */
export const CALLBACK_ACKNOWLEDGEMENT = { ResultCode: 0, ResultDesc: 'Accepted' } as const

const id = z.string().trim().min(1).max(64)
const item = z.object({
  Name: z.string().max(64),
  // Daraja sends {"Name": "Balance"} with no Value at all.
  Value: z.union([z.string().max(64), z.number()]).optional(),
})
const callbackSchema = z.object({
  Body: z.object({
    stkCallback: z.object({
      MerchantRequestID: id,
      CheckoutRequestID: id,
      ResultCode: z.union([z.number().int(), z.string().trim().min(1).max(32)]),
      ResultDesc: z.string().max(500),
      CallbackMetadata: z.object({ Item: z.array(item).max(32) }).optional(),
    }),
  }),
})

const RECEIPT = /^[A-Z0-9]{6,20}$/
const DATE_TIME = /^\d{14}$/

function paymentOf(items: ReadonlyArray<z.infer<typeof item>>): StkPayment | string {
  const value = (name: string) => items.find((entry) => entry.Name === name)?.Value
  const rawAmount = value('Amount')
  const amount = typeof rawAmount === 'string' ? Number(rawAmount.trim()) : rawAmount
  if (amount === undefined || !Number.isFinite(amount) || amount <= 0) {
    return 'a paid result without a positive Amount'
  }
  const receipt = value('MpesaReceiptNumber')
  if (typeof receipt !== 'string' || !RECEIPT.test(receipt.trim().toUpperCase())) {
    return 'a paid result without a valid MpesaReceiptNumber'
  }
  // A missing date or phone does not make a payment less real (the query that would
  // otherwise settle it carries no receipt), so they are checked only when present.
  const rawDate = value('TransactionDate')
  const transactionDate = rawDate === undefined ? undefined : String(rawDate).trim()
  if (transactionDate !== undefined && !DATE_TIME.test(transactionDate)) {
    return 'a TransactionDate that is not YYYYMMDDHHmmss'
  }
  const rawPhone = value('PhoneNumber')
  return {
    amount,
    receipt: receipt.trim().toUpperCase(),
    transactionDate,
    phoneNumber: rawPhone === undefined ? undefined : String(rawPhone).trim(),
  }
}

/**
 * Checks a callback body (parsed JSON, or its text) and types it. The reason on refusal is
 * for the log; it names the field, never repeats the body.
 */
export function parseCallback(body: unknown): ParsedCallback {
  let json = body
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body)
    } catch {
      return { ok: false, reason: 'callback body is not JSON' }
    }
  }
  const parsed = callbackSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'body'
    return { ok: false, reason: `callback is not an STK result: ${where} ${issue?.message ?? ''}` }
  }
  const stk = parsed.data.Body.stkCallback
  const resultCode = resultCodeText(stk.ResultCode)
  const outcome = outcomeOf(resultCode)
  let payment: StkPayment | undefined
  if (outcome === 'paid') {
    if (!stk.CallbackMetadata)
      return { ok: false, reason: 'a paid result without CallbackMetadata' }
    const read = paymentOf(stk.CallbackMetadata.Item)
    if (typeof read === 'string') return { ok: false, reason: read }
    payment = read
  }
  return {
    ok: true,
    callback: {
      merchantRequestId: stk.MerchantRequestID,
      checkoutRequestId: stk.CheckoutRequestID,
      resultCode,
      resultDesc: stk.ResultDesc,
      outcome,
      payment,
    },
  }
}
