// Everything the stand-in did and told the site: every prompt with its outcome, every
// callback and what the site answered, every query. A soak test compares the site's
// database with this (paid total, counts per outcome): 0 lost, 0 counted twice.

import { randomInt } from 'node:crypto'
import { OUTCOMES, type Outcome, type ResolvedScript } from './scripts.ts'

export type CallbackDelivery = {
  at: string
  /** The site's HTTP status, or undefined when it did not answer (see `error`). */
  status: number | undefined
  error: string | undefined
  kind: 'first' | 'duplicate' | 'late' | 'resent'
}

/** What the site asked for in one accepted STK push, as the ledger keeps and shows it. */
type PushFields = {
  checkoutRequestId: string
  merchantRequestId: string
  msisdn: string
  amount: number
  partyB: string
  transactionType: string
  accountReference: string
  transactionDesc: string
  callbackUrl: string
  /** For a paid outcome, M-Pesa's receipt. */
  receipt: string | undefined
  queries: number
}

/** One accepted STK push: a prompt on a phone. */
export type Prompt = PushFields & {
  requestedAt: number
  /** When the outcome happens: the callback goes, queries stop saying "processing". */
  dueAt: number
  script: ResolvedScript
  callbacks: CallbackDelivery[]
  /** When a query first answered the result. */
  settledQueryAt: number | undefined
}

export type LedgerEntry = PushFields & {
  requestedAt: string
  dueAt: string
  /** True once the outcome happened (dueAt passed). */
  due: boolean
  outcome: Outcome
  resultCode: number | string
  callback: ResolvedScript['callback']
  callbacks: CallbackDelivery[]
  /** The site learnt the result: a callback answered 2xx, or a query answered it. */
  told: boolean
}

type Counts = Record<Outcome, number>

export type LedgerSummary = {
  tokenRequests: number
  tokensIssued: number
  pushRequests: number
  /** Each answer the STK push endpoint gave, counted: "accepted", "400 400.002.02 …", "hang". */
  pushAnswers: Record<string, number>
  queries: number
  prompts: number
  /** Prompts whose outcome has happened, and those still waiting for it. */
  due: number
  pending: number
  /** Over the prompts that are due. */
  byOutcome: Counts
  paid: { count: number; amount: number }
  /** What the site was told (by a callback it acknowledged or a query). */
  told: { count: number; byOutcome: Counts; paidCount: number; paidAmount: number }
  callbacks: {
    sent: number
    acknowledged: number
    failed: number
    duplicates: number
    late: number
    resent: number
  }
}

const zeroCounts = (): Counts =>
  Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Counts

/** The site took a callback: it answered 2xx. */
const isAcknowledged = (status: number | undefined): boolean =>
  status !== undefined && status >= 200 && status < 300

const RECEIPT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

export class Ledger {
  #prompts = new Map<string, Prompt>()
  #receipts = new Set<string>()
  #pushAnswers = new Map<string, number>()
  #sequence = 0
  tokenRequests = 0
  tokensIssued = 0
  pushRequests = 0
  queries = 0

  countPushAnswer(answer: string): void {
    this.#pushAnswers.set(answer, (this.#pushAnswers.get(answer) ?? 0) + 1)
  }

  /** Daraja-looking ids: "29115-34620561-1" and "ws_CO_<ddMMyyyyHHmmss><sequence>". */
  newIds(nairobiNow: string): { merchantRequestId: string; checkoutRequestId: string } {
    this.#sequence++
    const ddMMyyyy = `${nairobiNow.slice(6, 8)}${nairobiNow.slice(4, 6)}${nairobiNow.slice(0, 4)}`
    return {
      merchantRequestId: `${randomInt(10000, 99999)}-${randomInt(10_000_000, 99_999_999)}-1`,
      checkoutRequestId: `ws_CO_${ddMMyyyy}${nairobiNow.slice(8)}${String(this.#sequence).padStart(6, '0')}`,
    }
  }

  /** A fresh receipt, unique in this ledger: ten letters and digits, a letter first. */
  newReceipt(): string {
    for (;;) {
      let receipt = RECEIPT_ALPHABET[randomInt(0, 26)] ?? 'S'
      while (receipt.length < 10) receipt += RECEIPT_ALPHABET[randomInt(0, 36)] ?? '0'
      if (!this.#receipts.has(receipt)) {
        this.#receipts.add(receipt)
        return receipt
      }
    }
  }

  add(prompt: Prompt): void {
    this.#prompts.set(prompt.checkoutRequestId, prompt)
  }

  get(checkoutRequestId: string): Prompt | undefined {
    return this.#prompts.get(checkoutRequestId)
  }

  /** A prompt to this phone whose outcome has not happened yet (Daraja locks the subscriber). */
  openPromptFor(msisdn: string, now: number): Prompt | undefined {
    for (const prompt of this.#prompts.values()) {
      if (prompt.msisdn === msisdn && prompt.dueAt > now) return prompt
    }
    return undefined
  }

  entries(now: number): LedgerEntry[] {
    return [...this.#prompts.values()].map((prompt) => {
      const { requestedAt, dueAt, script, callbacks, settledQueryAt, ...fields } = prompt
      return {
        ...fields,
        requestedAt: new Date(requestedAt).toISOString(),
        dueAt: new Date(dueAt).toISOString(),
        due: dueAt <= now,
        outcome: script.outcome,
        resultCode: script.resultCode,
        callback: script.callback,
        callbacks: callbacks.map((delivery) => ({ ...delivery })),
        told:
          settledQueryAt !== undefined || callbacks.some(({ status }) => isAcknowledged(status)),
      }
    })
  }

  summary(now: number): LedgerSummary {
    const entries = this.entries(now)
    const summary: LedgerSummary = {
      tokenRequests: this.tokenRequests,
      tokensIssued: this.tokensIssued,
      pushRequests: this.pushRequests,
      pushAnswers: Object.fromEntries(this.#pushAnswers),
      queries: this.queries,
      prompts: entries.length,
      due: 0,
      pending: 0,
      byOutcome: zeroCounts(),
      paid: { count: 0, amount: 0 },
      told: { count: 0, byOutcome: zeroCounts(), paidCount: 0, paidAmount: 0 },
      callbacks: { sent: 0, acknowledged: 0, failed: 0, duplicates: 0, late: 0, resent: 0 },
    }
    for (const entry of entries) {
      for (const delivery of entry.callbacks) {
        summary.callbacks.sent++
        if (isAcknowledged(delivery.status)) summary.callbacks.acknowledged++
        else summary.callbacks.failed++
        if (delivery.kind === 'duplicate') summary.callbacks.duplicates++
        if (delivery.kind === 'late') summary.callbacks.late++
        if (delivery.kind === 'resent') summary.callbacks.resent++
      }
      if (!entry.due) {
        summary.pending++
        continue
      }
      summary.due++
      summary.byOutcome[entry.outcome]++
      if (entry.outcome === 'paid') {
        summary.paid.count++
        summary.paid.amount += entry.amount
      }
      if (entry.told) {
        summary.told.count++
        summary.told.byOutcome[entry.outcome]++
        if (entry.outcome === 'paid') {
          summary.told.paidCount++
          summary.told.paidAmount += entry.amount
        }
      }
    }
    return summary
  }
}
