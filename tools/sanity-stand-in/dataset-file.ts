// Reads a dataset in Sanity's export format (NDJSON: one document per line), such as
// sanity/dataset/production.ndjson or the data.ndjson inside a `sanity dataset export`.

import { readFileSync } from 'node:fs'
import type { SanityDocument } from './store.ts'

export function parseNdjson(text: string, source = 'dataset'): SanityDocument[] {
  const documents: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not JSON (${(error as Error).message})`)
    }
    const candidate = doc as Partial<SanityDocument> | null
    if (typeof candidate?._id !== 'string' || typeof candidate._type !== 'string') {
      throw new Error(`${source}:${index + 1}: a document needs a string _id and _type`)
    }
    documents.push(candidate as SanityDocument)
  })
  return documents
}

export function loadNdjsonFile(path: string): SanityDocument[] {
  return parseNdjson(readFileSync(path, 'utf8'), path)
}
