// POST /data/mutate: create, createOrReplace, createIfNotExists, patch, delete.
//
// Each mutation is applied in order inside one transaction; the first one that fails
// aborts the whole transaction, as on the Content Lake.

import { isRecord, plainError } from './http-util.ts'
import { applyPatch, patchOperations } from './patch.ts'
import { TransactionError, type SanityDocument, type Transaction } from './store.ts'

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'

export type MutationResult = {
  id: string
  operation: MutationOperation
  document?: SanityDocument
}

/** Finds the ids a `{query, params}` selection picks, against the transaction's staged view. */
export type SelectIds = (
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
) => Promise<string[]>

function requireDocument(kind: string, value: unknown, needsId: boolean): SanityDocument {
  if (!isRecord(value)) throw plainError(400, `The "${kind}" mutation needs a document`)
  if (needsId && typeof value._id !== 'string')
    throw plainError(400, `The "${kind}" mutation needs a document with an _id`)
  if (typeof value._type !== 'string' || value._type === '') {
    throw plainError(400, `The "${kind}" mutation needs a document with a _type`)
  }
  return value as SanityDocument
}

/** `_id` for a new document: given, or generated (an id ending in `.` is a path prefix). */
function newDocumentId(doc: Record<string, unknown>): string {
  const id = typeof doc._id === 'string' ? doc._id : ''
  if (id === '' || id.endsWith('.')) return id + crypto.randomUUID()
  return id
}

async function selectedIds(
  tx: Transaction,
  selection: Record<string, unknown>,
  kind: string,
  selectIds: SelectIds,
): Promise<string[]> {
  if (typeof selection.id === 'string') return [selection.id]
  if (typeof selection.query === 'string') {
    const params = isRecord(selection.params) ? selection.params : {}
    return selectIds(tx, selection.query, params)
  }
  throw plainError(400, `The "${kind}" mutation needs an "id" or a "query"`)
}

/** Apply one wire mutation; returns one result per document it touched. */
export async function applyMutation(
  tx: Transaction,
  mutation: unknown,
  selectIds: SelectIds,
): Promise<MutationResult[]> {
  if (!isRecord(mutation)) throw plainError(400, 'Every mutation must be an object')
  const kinds = Object.keys(mutation)
  const kind = kinds[0]
  if (kinds.length !== 1 || kind === undefined) {
    throw plainError(
      400,
      `A mutation must have exactly one operation, got: ${kinds.join(', ') || 'none'}`,
    )
  }
  const body = mutation[kind]

  switch (kind) {
    case 'create': {
      const doc = requireDocument(kind, body, false)
      const id = newDocumentId(doc)
      if (tx.has(id)) throw new TransactionError(`Document by ID "${id}" already exists`, id)
      const created = { ...doc, _id: id }
      return [{ id, operation: 'create', document: tx.put(created, [{ create: created }]) }]
    }
    case 'createOrReplace': {
      const doc = requireDocument(kind, body, true)
      const existed = tx.has(doc._id)
      return [
        {
          id: doc._id,
          operation: existed ? 'update' : 'create',
          document: tx.put(doc, [{ createOrReplace: doc }]),
        },
      ]
    }
    case 'createIfNotExists': {
      const doc = requireDocument(kind, body, true)
      const existing = tx.get(doc._id)
      if (existing) return [{ id: doc._id, operation: 'none', document: existing }]
      return [
        { id: doc._id, operation: 'create', document: tx.put(doc, [{ createIfNotExists: doc }]) },
      ]
    }
    case 'delete': {
      if (!isRecord(body)) throw plainError(400, 'The "delete" mutation needs an "id" or a "query"')
      const ids = await selectedIds(tx, body, kind, selectIds)
      return ids.map((id) => {
        // Deleting what is not there is not an error on the Content Lake.
        const removed = tx.remove(id, [{ delete: { id } }])
        return { id, operation: 'delete', ...(removed ? { document: removed } : {}) }
      })
    }
    case 'patch': {
      if (!isRecord(body)) throw plainError(400, 'The "patch" mutation needs an "id" or a "query"')
      const ids = await selectedIds(tx, body, kind, selectIds)
      const results: MutationResult[] = []
      for (const id of ids) {
        const current = tx.get(id)
        if (!current) {
          throw new TransactionError(`Cannot modify document "${id}": it does not exist`, id)
        }
        if (typeof body.ifRevisionID === 'string' && body.ifRevisionID !== current._rev) {
          throw new TransactionError(
            `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${body.ifRevisionID}"`,
            id,
          )
        }
        const patched = applyPatch(current, body)
        results.push({
          id,
          operation: 'update',
          document: tx.put(patched, [{ patch: patchOperations(body, id) }]),
        })
      }
      return results
    }
    default:
      throw plainError(400, `Unknown mutation type "${kind}"`)
  }
}

export async function applyMutations(
  tx: Transaction,
  mutations: unknown,
  selectIds: SelectIds,
): Promise<MutationResult[]> {
  if (!Array.isArray(mutations) || mutations.length === 0) {
    throw plainError(400, 'The request body needs a non-empty "mutations" array')
  }
  const results: MutationResult[] = []
  for (const [index, mutation] of mutations.entries()) {
    try {
      results.push(...(await applyMutation(tx, mutation, selectIds)))
    } catch (error) {
      if (error instanceof TransactionError) error.index ??= index
      throw error
    }
  }
  return results
}
