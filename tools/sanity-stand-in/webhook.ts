// GROQ-powered webhooks, delivered the way Sanity delivers them.
//
// After a transaction, each created / updated / deleted document that passes the webhook's
// filter (by default: published documents only) is sent as the webhook's GROQ projection,
// evaluated by groq-js in delta mode so `delta::operation()`, `before()` and `after()` work.
// The body is signed with @sanity/webhook's own encoder, so `isValidSignature` accepts it.

import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

import type { ExprNode } from 'groq-js'
import { parseQuery, runQuery, type EvaluationContext } from './groq.ts'
import { isPublishedId, randomId } from './ids.ts'
import type { CommittedTransaction, SanityDocument } from './store.ts'

export type WebhookOperation = 'create' | 'update' | 'delete'

export type WebhookOptions = {
  url: string
  secret?: string
  /** GROQ projection of the body. Default: `{_id, _type, slug, "operation": delta::operation()}`. */
  projection?: string
  /**
   * GROQ filter on the document; by default every document. Either way only published
   * (non-draft, non-version) documents are sent, as by Sanity with "Drafts" left off.
   */
  filter?: string
  /** Delivery attempts for network errors and 5xx answers (Sanity retries too). Default 3. */
  attempts?: number
}

export type WebhookDelivery = {
  documentId: string
  operation: WebhookOperation
  body: string
  headers: Record<string, string>
  status?: number
  responseText?: string
  error?: string
}

export const DEFAULT_WEBHOOK_PROJECTION = '{_id, _type, slug, "operation": delta::operation()}'

export class WebhookSender {
  #options: WebhookOptions
  #context: EvaluationContext
  #projection: ExprNode
  #filter: ExprNode | undefined
  #queue: Promise<void> = Promise.resolve()
  readonly deliveries: WebhookDelivery[] = []
  readonly webhookId = randomId(16)

  constructor(options: WebhookOptions, context: EvaluationContext) {
    this.#options = options
    this.#context = context
    this.#projection = parseQuery(options.projection ?? DEFAULT_WEBHOOK_PROJECTION, {}, 'delta')
    this.#filter = options.filter ? parseQuery(`*[${options.filter}]`, {}, 'delta') : undefined
  }

  /** Queue deliveries for a committed transaction (in order, without holding up the writer). */
  enqueue(transaction: CommittedTransaction): void {
    for (const change of transaction.changes) {
      const operation: WebhookOperation = !change.before
        ? 'create'
        : !change.after
          ? 'delete'
          : 'update'
      const doc = (change.after ?? change.before) as SanityDocument
      this.#queue = this.#queue
        .then(async () => {
          if (!(await this.#passesFilter(doc, change.before, change.after))) return
          await this.#send(doc, operation, change.before, change.after, transaction)
        })
        .catch((error) => console.error('[sanity-stand-in] webhook delivery failed:', error))
    }
  }

  /** Resolves when every queued delivery has been attempted. */
  settled(): Promise<void> {
    return this.#queue
  }

  /**
   * Deliver one document now, as if it had just been created / updated / deleted
   * (for a delete, pass the document as it was).
   */
  deliver(doc: SanityDocument, operation: WebhookOperation): Promise<WebhookDelivery> {
    const before = operation === 'create' ? null : doc
    const after = operation === 'delete' ? null : doc
    const transaction = {
      transactionId: randomId(),
      timestamp: new Date().toISOString(),
      identity: this.#context.identity,
      changes: [],
    }
    const delivery = this.#queue.then(() => this.#send(doc, operation, before, after, transaction))
    this.#queue = delivery.then(
      () => undefined,
      () => undefined,
    )
    return delivery
  }

  async #passesFilter(doc: SanityDocument, before: unknown, after: unknown): Promise<boolean> {
    if (!isPublishedId(doc._id)) return false
    if (!this.#filter) return true
    const result = await runQuery(this.#filter, [doc], {}, this.#context, { before, after })
    return Array.isArray(result) && result.length > 0
  }

  async #send(
    doc: SanityDocument,
    operation: WebhookOperation,
    before: unknown,
    after: unknown,
    transaction: Pick<CommittedTransaction, 'transactionId' | 'timestamp'>,
  ): Promise<WebhookDelivery> {
    const projected = await runQuery(this.#projection, [], {}, this.#context, {
      root: doc,
      before,
      after,
    })
    const body = JSON.stringify(projected)
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Sanity.io webhook delivery (stand-in)',
      'idempotency-key': `${transaction.transactionId}#${doc._id}`,
      'sanity-project-id': this.#context.projectId,
      'sanity-dataset': this.#context.dataset,
      'sanity-document-id': doc._id,
      'sanity-operation': operation,
      'sanity-transaction-id': transaction.transactionId,
      'sanity-transaction-time': transaction.timestamp,
      'sanity-webhook-id': this.webhookId,
    }
    if (this.#options.secret) {
      headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(
        body,
        Date.now(),
        this.#options.secret,
      )
    }
    const delivery: WebhookDelivery = { documentId: doc._id, operation, body, headers }
    const attempts = Math.max(1, this.#options.attempts ?? 3)
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(this.#options.url, { method: 'POST', headers, body })
        delivery.status = response.status
        delivery.responseText = await response.text()
        delete delivery.error
        if (response.status < 500) break
      } catch (error) {
        delivery.error = (error as Error).message
      }
      if (attempt < attempts)
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (attempt - 1)))
    }
    this.deliveries.push(delivery)
    return delivery
  }
}
