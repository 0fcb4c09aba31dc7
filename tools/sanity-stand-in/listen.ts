// GET /data/listen: the real-time listener, as server-sent events.
//
// Each stream gets `welcome` first, then one `mutation` event per changed document whose
// before- or after-version matches the stream's GROQ filter. The filter really has to be
// evaluated per document: the Studio holds several listeners with different filters, and
// sending every change to every listener breaks it.

import type { ExprNode } from 'groq-js'
import { matchesFilter, type EvaluationContext, type QueryParams } from './groq.ts'
import { corsHeaders, writeHead, type StandInRequest, type StandInResponse } from './http-util.ts'
import { isPrivateId, isVersionId, randomId } from './ids.ts'
import {
  withoutFields,
  type CommittedTransaction,
  type DocumentChange,
  type SanityDocument,
} from './store.ts'

export type ListenOptions = {
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  includeAllVersions: boolean
  effectFormat: string | undefined
  /** Without read access to private documents only public ones are reported. */
  canSeePrivate: boolean
}

type Listener = {
  name: string
  filter: ExprNode
  params: QueryParams
  options: ListenOptions
  res: StandInResponse
  /** Events are matched asynchronously; this keeps each stream in transaction order. */
  queue: Promise<void>
}

/** Mendoza patches that replace the whole value: valid input for Mendoza's applyPatch. */
function wholeValuePatch(value: SanityDocument | null): unknown[] {
  if (!value) return [0, null]
  return [0, withoutFields(value, ['_rev'])]
}

export class ListenHub {
  #listeners = new Set<Listener>()
  #context: EvaluationContext
  #keepAlive: ReturnType<typeof setInterval> | undefined

  constructor(context: EvaluationContext, keepAliveMs: number) {
    this.#context = context
    if (keepAliveMs > 0) {
      // A comment line every so often keeps proxies and the browser from timing the stream out.
      this.#keepAlive = setInterval(() => {
        for (const listener of this.#listeners) this.#write(listener, ': keep-alive\n\n')
      }, keepAliveMs)
      this.#keepAlive.unref()
    }
  }

  get size(): number {
    return this.#listeners.size
  }

  /** Open a stream for one request and greet it with `welcome`. */
  open(
    req: StandInRequest,
    res: StandInResponse,
    filter: ExprNode,
    params: QueryParams,
    options: ListenOptions,
  ): void {
    const listener: Listener = {
      name: randomId(12),
      filter,
      params,
      options,
      res,
      queue: Promise.resolve(),
    }
    writeHead(res, 200, {
      ...corsHeaders(req),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    })
    this.#listeners.add(listener)
    const forget = () => this.#listeners.delete(listener)
    res.on('close', forget)
    res.on('error', forget)
    this.#write(
      listener,
      `event: welcome\ndata: ${JSON.stringify({ listenerName: listener.name })}\n\n`,
    )
  }

  /** Report a committed transaction to every stream it concerns; resolves once written. */
  async publish(transaction: CommittedTransaction): Promise<void> {
    const deliveries = [...this.#listeners].map((listener) => {
      listener.queue = listener.queue
        .then(() => this.#deliver(listener, transaction))
        .catch((error) => {
          console.error('[sanity-stand-in] listener delivery failed:', error)
        })
      return listener.queue
    })
    await Promise.all(deliveries)
  }

  async #deliver(listener: Listener, transaction: CommittedTransaction): Promise<void> {
    const visible: Array<{
      change: DocumentChange
      transition: 'appear' | 'update' | 'disappear'
    }> = []
    for (const change of transaction.changes) {
      if (isVersionId(change.id) && !listener.options.includeAllVersions) continue
      if (isPrivateId(change.id) && !listener.options.canSeePrivate) continue
      const before = change.before ? await this.#matches(listener, change.before) : false
      const after = change.after ? await this.#matches(listener, change.after) : false
      if (!before && !after) continue
      visible.push({ change, transition: !before ? 'appear' : !after ? 'disappear' : 'update' })
    }
    visible.forEach(({ change, transition }, index) => {
      const eventId = `${transaction.transactionId}#${change.id}`
      const data: Record<string, unknown> = {
        eventId,
        documentId: change.id,
        transactionId: transaction.transactionId,
        identity: transaction.identity,
        timestamp: transaction.timestamp,
        previousRev: change.before?._rev,
        resultRev: change.after ? change.after._rev : transaction.transactionId,
        transition,
        visibility: 'query',
        // Counted per stream: a client waits for this many events of a transaction.
        transactionTotalEvents: visible.length,
        transactionCurrentEvent: index + 1,
      }
      if (listener.options.includeMutations) data.mutations = change.mutations
      if (listener.options.effectFormat === 'mendoza') {
        data.effects = {
          apply: wholeValuePatch(change.after),
          revert: wholeValuePatch(change.before),
        }
      }
      if (listener.options.includeResult && change.after) data.result = change.after
      if (listener.options.includePreviousRevision && change.before) data.previous = change.before
      this.#write(listener, `id: ${eventId}\nevent: mutation\ndata: ${JSON.stringify(data)}\n\n`)
    })
  }

  #matches(listener: Listener, doc: SanityDocument): Promise<boolean> {
    return matchesFilter(listener.filter, doc, listener.params, this.#context)
  }

  #write(listener: Listener, chunk: string): void {
    const { res } = listener
    if (res.writableEnded || res.destroyed) {
      this.#listeners.delete(listener)
      return
    }
    try {
      ;(res as NodeJS.WritableStream).write(chunk)
    } catch {
      this.#listeners.delete(listener)
    }
  }

  /** End every stream (on shutdown). */
  closeAll(): void {
    if (this.#keepAlive) clearInterval(this.#keepAlive)
    for (const listener of this.#listeners) {
      try {
        listener.res.end()
      } catch {
        // already gone
      }
    }
    this.#listeners.clear()
  }
}
