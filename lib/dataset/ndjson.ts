// Sanity's export format: NDJSON, one document per line, as `sanity dataset export` writes it
// and as sanity/dataset/production.ndjson is committed. The site's bundled source, the API
// stand-in, the dataset builders, the WordPress importer and the benchmarks all read and write
// it through this one module.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Any document of a dataset: Sanity's two required fields, and whatever else its type has. */
export type SanityDocument = {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

/**
 * Parses NDJSON text into documents. Blank lines are skipped; a line that is not JSON, or not a
 * document with a string `_id` and `_type`, fails with `<source>:<line>` so the file can be fixed.
 */
export function parseNdjson(text: string, source = 'dataset'): SanityDocument[] {
  const documents: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not JSON (${(error as Error).message})`)
    }
    if (!isDocument(parsed)) {
      throw new Error(`${source}:${index + 1}: a document needs a string _id and _type`)
    }
    documents.push(parsed)
  })
  return documents
}

/** Reads an NDJSON file (sanity/dataset/production.ndjson, a `sanity dataset export`'s data.ndjson). */
export function readNdjsonFile(file: string | URL): SanityDocument[] {
  const name = typeof file === 'string' ? file : fileURLToPath(file)
  return parseNdjson(readFileSync(file, 'utf8'), name)
}

/** Writes documents as NDJSON: one per line, with a final newline (what `sanity dataset import` reads). */
export function toNdjson(documents: readonly object[]): string {
  return documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

function isDocument(value: unknown): value is SanityDocument {
  const candidate = value as Partial<SanityDocument> | null
  return typeof candidate?._id === 'string' && typeof candidate._type === 'string'
}
