// Perspectives, done here because groq-js has none.
//
// raw        every document as stored (drafts and versions side by side)
// published  published documents only (no `drafts.*`, no `versions.*`)
// drafts     a draft stands in for its published document, under the published `_id`
//            (`previewDrafts` is the old name); `_originalId` keeps the stored id
// a,b,...    release stacks: `versions.a.X` over `versions.b.X` over the draft (when
//            `drafts` is listed) over the published document

import { plainError } from './http-util.ts'
import { getLayer, getPublishedId } from './ids.ts'
import type { SanityDocument } from './store.ts'

export type Perspective = { kind: 'raw' } | { kind: 'stack'; layers: string[] }

/** The Content Lake's default: `published` from API version 2025-02-19, `raw` before it. */
export function defaultPerspective(apiVersion: string): Perspective {
  return apiVersion !== '1' && apiVersion >= '2025-02-19'
    ? { kind: 'stack', layers: ['published'] }
    : { kind: 'raw' }
}

export function parsePerspective(
  value: string | null | undefined,
  apiVersion: string,
): Perspective {
  if (!value) return defaultPerspective(apiVersion)
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => (name === 'previewDrafts' ? 'drafts' : name))
  for (const name of names) {
    if (!/^[a-zA-Z0-9_-]+$/.test(name)) throw plainError(400, `Invalid perspective "${name}"`)
  }
  if (names.length === 1 && names[0] === 'raw') return { kind: 'raw' }
  if (names.includes('raw'))
    throw plainError(400, 'The raw perspective can not be combined with other perspectives')
  const layers = names.filter((name) => name !== 'published')
  layers.push('published')
  return { kind: 'stack', layers }
}

/** Whether answering with this perspective shows documents that are not public. */
export function showsPrivateDocuments(perspective: Perspective): boolean {
  return perspective.kind === 'raw' || perspective.layers.length > 1
}

/** The documents a query sees under a perspective. */
export function applyPerspective(
  documents: SanityDocument[],
  perspective: Perspective,
): SanityDocument[] {
  if (perspective.kind === 'raw') return documents
  const { layers } = perspective
  if (layers.length === 1) return documents.filter((doc) => getLayer(doc._id) === 'published')

  // For each published id, the document from the highest layer that has one.
  const chosen = new Map<string, { doc: SanityDocument; rank: number }>()
  for (const doc of documents) {
    const rank = layers.indexOf(getLayer(doc._id))
    if (rank === -1) continue
    const publishedId = getPublishedId(doc._id)
    const current = chosen.get(publishedId)
    if (!current || rank < current.rank) chosen.set(publishedId, { doc, rank })
  }
  return [...chosen.entries()].map(([publishedId, { doc }]) => ({
    ...doc,
    _id: publishedId,
    _originalId: doc._id,
  }))
}
