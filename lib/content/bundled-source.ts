import { readFile } from 'node:fs/promises'
import { evaluate, parse } from 'groq-js'
import type { ContentSource } from './source.ts'

type Document = { _id: string; _type: string; [field: string]: unknown }

/** Parses an NDJSON export (one document per line, as `sanity dataset export` writes it). */
export function parseNdjson(text: string): Document[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      try {
        return JSON.parse(line) as Document
      } catch {
        throw new Error(`Bundled dataset line ${index + 1} is not valid JSON`)
      }
    })
}

/**
 * The Content Lake answers with the "published" perspective; groq-js has no perspectives,
 * so drafts (drafts.*) and release versions (versions.*) are set aside here instead.
 */
function isPublished(document: Document): boolean {
  return !document._id.startsWith('drafts.') && !document._id.startsWith('versions.')
}

/**
 * The embedded default: a dataset in Sanity's export format, loaded once per process and
 * queried with groq-js, Sanity's own GROQ engine, using the same query strings as production.
 */
export function createBundledSource(loadDocuments: () => Promise<Document[]>): ContentSource {
  let published: Promise<Document[]> | undefined

  const documents = () => {
    published ??= loadDocuments().then((all) => all.filter(isPublished))
    // A failed load is not remembered, so the next request tries again.
    published.catch(() => (published = undefined))
    return published
  }

  return {
    kind: 'bundled',
    async fetch<Result>(query: string, params: Record<string, unknown>): Promise<Result> {
      // groq-js folds params into the tree at parse time (slices need constant numbers),
      // so a parsed query is only reusable for identical params: parse every time.
      const tree = parse(query, { params })
      const value = await evaluate(tree, { dataset: await documents(), params })
      return (await value.get()) as Result
    },
  }
}

export function createBundledFileSource(file: string): ContentSource {
  return createBundledSource(async () => parseNdjson(await readFile(file, 'utf8')))
}
