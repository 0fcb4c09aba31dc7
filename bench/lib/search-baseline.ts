// The GROQ baseline of bench/search.ts (#25): today's search query (bench/lib/groq-search.ts)
// run the way the bundled source runs a query it has not answered before
// (lib/content/bundled-source.ts, `run` with `indexed`): numbers folded in at parse time, the
// tree narrowed by the dataset's indexes, groq-js's synchronous evaluator with `->` through
// the id index, and the answer copied as the source hands it out. The source's memo of
// answers is left out on purpose: each reader's new query pays all of this.
import { evaluateSync, parse } from 'groq-js'
import { indexDataset, narrowTree, type DatasetIndex } from '../../lib/content/bundled-index.ts'
import type { SanityDocument } from '../../lib/dataset/ndjson.ts'
import { GROQ_SEARCH_QUERY, groqSearchParams } from './groq-search.ts'

export type GroqDataset = { documents: SanityDocument[]; index: DatasetIndex }

/** The published documents and their indexes, as the bundled source loads them once. */
export function groqDataset(all: readonly SanityDocument[]): GroqDataset {
  const documents = all.filter(
    (document) => !document._id.startsWith('drafts.') && !document._id.startsWith('versions.'),
  )
  return { documents, index: indexDataset(documents) }
}

const numericParams = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'number'))

/** One search, first page of ten, as the site ran it before the index. */
export async function groqSearch(dataset: GroqDataset, query: string): Promise<{ total: number }> {
  const params = groqSearchParams(query)
  const tree = narrowTree(
    parse(GROQ_SEARCH_QUERY, { params: numericParams(params) }),
    dataset.index,
    params,
  )
  const value = evaluateSync(tree, {
    dataset: dataset.documents,
    params,
    dereference: ({ _ref }: { _ref: string }) => dataset.index.byId.get(_ref) ?? null,
  })
  return structuredClone(await value.get()) as { total: number }
}
