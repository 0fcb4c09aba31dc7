import { createHash } from 'node:crypto'

/**
 * A stable _key for the n-th item under a document: regenerating the dataset from the same
 * sources gives the same keys, so diffs of the NDJSON show only real content changes.
 */
export function stableKey(...parts: Array<string | number>): string {
  return createHash('sha1').update(parts.join(':')).digest('hex').slice(0, 12)
}
