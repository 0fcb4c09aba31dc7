// The in-memory dataset, and transactions over it.
//
// Every write (mutations, actions, helper calls from tests) runs as one transaction: it works
// on a staged copy, is checked like the Content Lake checks it (strong references must point
// at existing documents), then commits all at once. Transactions run one after another, so a
// patch-by-query inside one sees the earlier mutations of the same transaction and nothing
// half-done from another request.

import type { SanityDocument } from '../../lib/dataset/ndjson.ts'
import { isRecord } from './http-util.ts'
import { randomId } from './ids.ts'

export type { SanityDocument }

/** A mutation in the Content Lake's wire format (`{create: doc}`, `{patch: {id, set}}`, ...). */
export type WireMutation = Record<string, unknown>

export type DocumentChange = {
  id: string
  before: SanityDocument | null
  after: SanityDocument | null
  /** The mutations that took `before` to `after`, as listeners report them. */
  mutations: WireMutation[]
}

export type CommittedTransaction = {
  transactionId: string
  timestamp: string
  identity: string
  changes: DocumentChange[]
}

/** A write the Content Lake would refuse: answered 409 with a mutationError or actionError. */
export class TransactionError extends Error {
  documentId: string | undefined
  /** Which mutation or action of the request failed. */
  index: number | undefined
  constructor(message: string, documentId?: string) {
    super(message)
    this.documentId = documentId
  }
}

export function cloneDocument<T>(value: T): T {
  return structuredClone(value)
}

/** A copy of a document without the given (system) fields. */
export function withoutFields(doc: SanityDocument, fields: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc }
  for (const field of fields) delete copy[field]
  return copy
}

/** What a revision-specific copy of a document drops: the server sets these again. */
export const REVISION_FIELDS = ['_rev', '_updatedAt', '_originalId']

/** Staged view of the dataset while one transaction is being built. */
export class Transaction {
  readonly id: string
  readonly timestamp: string
  #base: Map<string, SanityDocument>
  #staged = new Map<string, SanityDocument | null>()
  #mutations = new Map<string, WireMutation[]>()

  constructor(base: Map<string, SanityDocument>, id: string, timestamp: string) {
    this.#base = base
    this.id = id
    this.timestamp = timestamp
  }

  /** The document as this transaction currently sees it (a copy), or null. */
  get(id: string): SanityDocument | null {
    const doc = this.#staged.has(id) ? this.#staged.get(id) : this.#base.get(id)
    return doc ? cloneDocument(doc) : null
  }

  has(id: string): boolean {
    return this.get(id) !== null
  }

  /** Every document as this transaction sees it (not copies: read only). */
  all(): SanityDocument[] {
    const out: SanityDocument[] = []
    for (const [id, doc] of this.#base) {
      if (!this.#staged.has(id)) out.push(doc)
    }
    for (const doc of this.#staged.values()) if (doc) out.push(doc)
    return out
  }

  /**
   * Write a document. The system fields are the server's to set: `_rev` becomes the
   * transaction id (as on the Content Lake), `_updatedAt` the transaction time, and
   * `_createdAt` survives from the version being replaced.
   */
  put(doc: SanityDocument, mutations: WireMutation[]): SanityDocument {
    const previous = this.get(doc._id)
    const stored: SanityDocument = {
      ...cloneDocument(doc),
      _createdAt: previous?._createdAt ?? doc._createdAt ?? this.timestamp,
      _updatedAt: this.timestamp,
      _rev: this.id,
    }
    this.#staged.set(doc._id, stored)
    this.#record(doc._id, mutations)
    return cloneDocument(stored)
  }

  remove(id: string, mutations: WireMutation[]): SanityDocument | null {
    const previous = this.get(id)
    if (!previous) return null
    this.#staged.set(id, null)
    this.#record(id, mutations)
    return previous
  }

  #record(id: string, mutations: WireMutation[]): void {
    const list = this.#mutations.get(id) ?? []
    list.push(...cloneDocument(mutations))
    this.#mutations.set(id, list)
  }

  changes(): DocumentChange[] {
    const changes: DocumentChange[] = []
    for (const [id, after] of this.#staged) {
      const before = this.#base.get(id) ?? null
      if (!before && !after) continue
      changes.push({
        id,
        before: before ? cloneDocument(before) : null,
        after: after ? cloneDocument(after) : null,
        mutations: this.#mutations.get(id) ?? [],
      })
    }
    return changes
  }

  /** Apply the staged writes to the real dataset. */
  commitTo(target: Map<string, SanityDocument>): void {
    for (const [id, doc] of this.#staged) {
      if (doc) target.set(id, doc)
      else target.delete(id)
    }
  }
}

/** Strong references (`_ref` without `_weak`) found anywhere inside a value. */
function strongReferences(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) strongReferences(item, found)
  } else if (isRecord(value)) {
    const crossResource = '_dataset' in value || '_projectId' in value
    if (typeof value._ref === 'string' && value._weak !== true && !crossResource)
      found.push(value._ref)
    for (const [key, item] of Object.entries(value))
      if (key !== '_ref') strongReferences(item, found)
  }
  return found
}

/**
 * The Content Lake keeps strong references whole: a written document may only reference
 * documents that exist, and a document that others reference cannot be deleted.
 */
function checkReferences(tx: Transaction): void {
  const changes = tx.changes()
  for (const change of changes) {
    if (!change.after) continue
    for (const ref of strongReferences(change.after)) {
      if (!tx.has(ref)) {
        throw new TransactionError(
          `Document "${change.id}" references non-existent document "${ref}"`,
          change.id,
        )
      }
    }
  }
  const deleted = new Set(changes.filter((change) => !change.after).map((change) => change.id))
  if (deleted.size === 0) return
  for (const doc of tx.all()) {
    for (const ref of strongReferences(doc)) {
      if (deleted.has(ref)) {
        throw new TransactionError(
          `Document "${ref}" cannot be deleted as there are references to it from "${doc._id}"`,
          ref,
        )
      }
    }
  }
}

export type CommitListener = (transaction: CommittedTransaction) => Promise<void> | void

export type TransactOptions = {
  transactionId?: string
  identity: string
  dryRun?: boolean
}

export class DocumentStore {
  #docs = new Map<string, SanityDocument>()
  #queue: Promise<unknown> = Promise.resolve()
  #commitListeners = new Set<CommitListener>()
  checkReferences: boolean

  constructor(documents: SanityDocument[] = [], options: { checkReferences?: boolean } = {}) {
    this.checkReferences = options.checkReferences ?? true
    this.reset(documents)
  }

  /**
   * Replace the whole dataset (no events: like an import into an empty dataset). Documents
   * from an export without system fields get them here, so every document has a `_rev`.
   */
  reset(documents: SanityDocument[]): void {
    const now = new Date().toISOString()
    this.#docs.clear()
    for (const doc of documents) {
      if (!isRecord(doc) || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
        throw new Error(
          `Every document needs a string _id and _type: ${JSON.stringify(doc).slice(0, 200)}`,
        )
      }
      this.#docs.set(doc._id, {
        ...cloneDocument(doc),
        _rev: doc._rev ?? randomId(),
        _createdAt: doc._createdAt ?? now,
        _updatedAt: doc._updatedAt ?? doc._createdAt ?? now,
      })
    }
  }

  get(id: string): SanityDocument | null {
    const doc = this.#docs.get(id)
    return doc ? cloneDocument(doc) : null
  }

  /** All documents, read only (callers must not modify them). */
  all(): SanityDocument[] {
    return [...this.#docs.values()]
  }

  onCommit(listener: CommitListener): () => void {
    this.#commitListeners.add(listener)
    return () => this.#commitListeners.delete(listener)
  }

  /**
   * Run `work` as one transaction. It either commits completely (then the commit listeners,
   * i.e. listen streams and webhooks, are told before this resolves) or not at all.
   */
  transact<T>(
    options: TransactOptions,
    work: (tx: Transaction) => Promise<T> | T,
  ): Promise<{ value: T; transaction: CommittedTransaction }> {
    const run = async () => {
      const tx = new Transaction(
        this.#docs,
        options.transactionId ?? randomId(),
        new Date().toISOString(),
      )
      const value = await work(tx)
      if (this.checkReferences) checkReferences(tx)
      const transaction: CommittedTransaction = {
        transactionId: tx.id,
        timestamp: tx.timestamp,
        identity: options.identity,
        changes: tx.changes(),
      }
      if (!options.dryRun && transaction.changes.length > 0) {
        tx.commitTo(this.#docs)
        for (const listener of this.#commitListeners) {
          try {
            await listener(transaction)
          } catch (error) {
            console.error('[sanity-stand-in] commit listener failed:', error)
          }
        }
      }
      return { value, transaction }
    }
    const result = this.#queue.then(run, run)
    this.#queue = result.catch(() => undefined)
    return result
  }
}
