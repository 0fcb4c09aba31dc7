// Patches are applied by Sanity's own @sanity/mutator, the code the Studio itself uses to
// apply patches locally, so set / setIfMissing / unset / insert / inc / dec / diffMatchPatch
// behave here exactly as they do in the Studio.

import { Mutation } from '@sanity/mutator'
import { isRecord } from './http-util.ts'
import { cloneDocument, TransactionError, type SanityDocument } from './store.ts'

/** The patch operations the Content Lake understands (everything else in a patch is ignored). */
const PATCH_OPERATIONS = [
  'set',
  'setIfMissing',
  'unset',
  'insert',
  'inc',
  'dec',
  'diffMatchPatch',
] as const

/** Just the operations of a patch, addressed to `id`. */
export function patchOperations(
  patch: Record<string, unknown>,
  id: string,
): Record<string, unknown> {
  const operations: Record<string, unknown> = { id }
  for (const name of PATCH_OPERATIONS) if (name in patch) operations[name] = patch[name]
  return operations
}

/** Apply one patch to a document, keeping `_id` and `_type` as they were. */
export function applyPatch(doc: SanityDocument, patch: Record<string, unknown>): SanityDocument {
  const operations = patchOperations(patch, doc._id)
  let result: unknown
  try {
    // The mutator types want @sanity/types' mutation shapes; ours are checked at run time.
    const mutation = new Mutation({ mutations: [{ patch: operations as never }] })
    result = mutation.apply(cloneDocument(doc) as never)
  } catch (error) {
    throw new TransactionError(
      `Invalid patch for "${doc._id}": ${(error as Error).message}`,
      doc._id,
    )
  }
  if (!isRecord(result)) throw new TransactionError(`Patch removed document "${doc._id}"`, doc._id)
  return { ...result, _id: doc._id, _type: doc._type } as SanityDocument
}
