// POST /data/actions: the document actions the Studio sends instead of raw mutations.
//
// Each action is turned into document writes inside one transaction. The mutations recorded
// per document are what listeners report, in the Content Lake's wire format, so a client that
// applies them to its copy of the document (as the Studio's mutator does) gets the same result.

import { isRecord, plainError } from './http-util.ts'
import { getDraftId, getPublishedId, isPublishedId } from './ids.ts'
import { applyPatch, patchOperations } from './patch.ts'
import {
  REVISION_FIELDS,
  TransactionError,
  withoutFields,
  type SanityDocument,
  type Transaction,
} from './store.ts'

function requireString(action: Record<string, unknown>, name: string): string {
  const value = action[name]
  if (typeof value !== 'string' || value === '') {
    throw plainError(400, `Action "${String(action.actionType)}" needs a string "${name}"`)
  }
  return value
}

function requireAttributes(action: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = action[name]
  if (!isRecord(value))
    throw plainError(400, `Action "${String(action.actionType)}" needs an object "${name}"`)
  return value
}

function mustExist(tx: Transaction, id: string, what: string): SanityDocument {
  const doc = tx.get(id)
  if (!doc) throw new TransactionError(`${what}: document "${id}" does not exist`, id)
  return doc
}

function checkRevision(doc: SanityDocument | null, expected: unknown, what: string): void {
  if (typeof expected !== 'string' || expected === '') return
  if (doc?._rev !== expected) {
    throw new TransactionError(
      `${what}: revision is "${doc?._rev ?? 'none'}", expected "${expected}"`,
      doc?._id,
    )
  }
}

/**
 * On publish, references the Studio made weak only because their target was unpublished
 * (`_strengthenOnPublish`) become strong once the target exists.
 */
function strengthenReferences(value: unknown, tx: Transaction): unknown {
  if (Array.isArray(value)) return value.map((item) => strengthenReferences(item, tx))
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = strengthenReferences(item, tx)
  const strengthen = out._strengthenOnPublish
  if (typeof out._ref === 'string' && strengthen !== undefined && tx.has(out._ref)) {
    delete out._strengthenOnPublish
    if (!(isRecord(strengthen) && strengthen.weak === true)) delete out._weak
  }
  return out
}

function newDraft(attributes: Record<string, unknown>, id: string): SanityDocument {
  if (typeof attributes._type !== 'string' || attributes._type === '') {
    throw plainError(400, 'The new document needs a _type')
  }
  return { ...attributes, _id: id } as SanityDocument
}

/** Apply one action inside the transaction. */
export function applyAction(tx: Transaction, action: unknown): void {
  if (!isRecord(action) || typeof action.actionType !== 'string') {
    throw plainError(400, 'Every action needs an "actionType"')
  }
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const publishedId = requireString(action, 'publishedId')
      const attributes = requireAttributes(action, 'attributes')
      const id = typeof attributes._id === 'string' ? attributes._id : getDraftId(publishedId)
      if (getPublishedId(id) !== publishedId || isPublishedId(id)) {
        throw plainError(
          400,
          `The new document's _id "${id}" must be a draft or version of "${publishedId}"`,
        )
      }
      if (tx.has(id)) {
        if (action.ifExists === 'ignore') return
        throw new TransactionError(`Document "${id}" already exists`, id)
      }
      const draft = newDraft(attributes, id)
      tx.put(draft, [{ create: draft }])
      return
    }

    case 'sanity.action.document.edit': {
      const draftId = requireString(action, 'draftId')
      const publishedId = requireString(action, 'publishedId')
      const patch = requireAttributes(action, 'patch')
      const existingDraft = tx.get(draftId)
      const mutations: Record<string, unknown>[] = []
      let base = existingDraft
      if (!base) {
        // Editing a published document starts its draft from the published version.
        const published = mustExist(tx, publishedId, 'Cannot edit')
        base = { ...published, _id: draftId }
        mutations.push({ createIfNotExists: withoutFields(base, REVISION_FIELDS) })
      }
      mutations.push({ patch: patchOperations(patch, draftId) })
      tx.put(applyPatch(base, patch), mutations)
      return
    }

    case 'sanity.action.document.publish': {
      const draftId = requireString(action, 'draftId')
      const publishedId = requireString(action, 'publishedId')
      const draft = mustExist(tx, draftId, 'Cannot publish')
      checkRevision(draft, action.ifDraftRevisionId, 'Cannot publish draft')
      checkRevision(
        tx.get(publishedId),
        action.ifPublishedRevisionId,
        'Cannot publish over the published document',
      )
      const content = withoutFields(draft, REVISION_FIELDS)
      const published = strengthenReferences({ ...content, _id: publishedId }, tx) as SanityDocument
      tx.put(published, [{ createOrReplace: published }])
      tx.remove(draftId, [{ delete: { id: draftId } }])
      return
    }

    case 'sanity.action.document.unpublish': {
      const draftId = requireString(action, 'draftId')
      const publishedId = requireString(action, 'publishedId')
      const published = mustExist(tx, publishedId, 'Cannot unpublish')
      if (!tx.has(draftId)) {
        // The content is kept as a draft, unless a draft is already there.
        const draft = {
          ...withoutFields(published, REVISION_FIELDS),
          _id: draftId,
        } as SanityDocument
        tx.put(draft, [{ createIfNotExists: draft }])
      }
      tx.remove(publishedId, [{ delete: { id: publishedId } }])
      return
    }

    case 'sanity.action.document.discard': {
      const draftId = requireString(action, 'draftId')
      mustExist(tx, draftId, 'Cannot discard')
      tx.remove(draftId, [{ delete: { id: draftId } }])
      return
    }

    case 'sanity.action.document.delete': {
      const publishedId = requireString(action, 'publishedId')
      const drafts = Array.isArray(action.includeDrafts)
        ? action.includeDrafts.filter((id): id is string => typeof id === 'string')
        : []
      for (const id of new Set([publishedId, getDraftId(publishedId), ...drafts])) {
        tx.remove(id, [{ delete: { id } }])
      }
      return
    }

    case 'sanity.action.document.replaceDraft': {
      const publishedId = requireString(action, 'publishedId')
      const attributes = requireAttributes(action, 'attributes')
      const id = typeof attributes._id === 'string' ? attributes._id : getDraftId(publishedId)
      const draft = newDraft(attributes, id)
      tx.put(draft, [{ createOrReplace: draft }])
      return
    }

    case 'sanity.action.document.version.create': {
      const publishedId = requireString(action, 'publishedId')
      let version: SanityDocument
      if (isRecord(action.document)) {
        version = newDraft(action.document, requireString(action.document, '_id'))
      } else {
        const base = mustExist(tx, requireString(action, 'baseId'), 'Cannot create version')
        checkRevision(base, action.ifBaseRevisionId, 'Cannot create version')
        version = {
          ...withoutFields(base, REVISION_FIELDS),
          _id: requireString(action, 'versionId'),
        } as SanityDocument
      }
      if (getPublishedId(version._id) !== publishedId) {
        throw plainError(400, `Version "${version._id}" does not belong to "${publishedId}"`)
      }
      if (tx.has(version._id))
        throw new TransactionError(`Document "${version._id}" already exists`, version._id)
      tx.put(version, [{ create: version }])
      return
    }

    case 'sanity.action.document.version.replace': {
      const document = requireAttributes(action, 'document')
      const version = newDraft(document, requireString(document, '_id'))
      mustExist(tx, version._id, 'Cannot replace version')
      tx.put(version, [{ createOrReplace: version }])
      return
    }

    case 'sanity.action.document.version.discard': {
      const versionId = requireString(action, 'versionId')
      mustExist(tx, versionId, 'Cannot discard')
      tx.remove(versionId, [{ delete: { id: versionId } }])
      return
    }

    default:
      throw plainError(400, `Unsupported action type "${action.actionType}"`)
  }
}

export function applyActions(tx: Transaction, actions: unknown): void {
  const list = Array.isArray(actions) ? actions : [actions]
  if (list.length === 0 || actions === undefined)
    throw plainError(400, 'The request body needs an "actions" array')
  for (const [index, action] of list.entries()) {
    try {
      applyAction(tx, action)
    } catch (error) {
      if (error instanceof TransactionError) error.index ??= index
      throw error
    }
  }
}
