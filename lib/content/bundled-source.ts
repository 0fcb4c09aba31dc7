import { readFile } from 'node:fs/promises'
import { evaluate, evaluateSync, parse } from 'groq-js'
import { parseNdjson, type SanityDocument } from '../dataset/ndjson.ts'
import {
  clockOf,
  indexDataset,
  narrowTree,
  type Clock,
  type DatasetIndex,
} from './bundled-index.ts'
import type { ContentSource } from './source.ts'

/**
 * The Content Lake answers with the "published" perspective; groq-js has no perspectives,
 * so drafts (drafts.*) and release versions (versions.*) are set aside here instead.
 */
function isPublished(document: SanityDocument): boolean {
  return !document._id.startsWith('drafts.') && !document._id.startsWith('versions.')
}

/** How many distinct (query, params) answers one process keeps (search terms are unbounded). */
const MEMO_ENTRIES = 2000

export type BundledSourceOptions = {
  /**
   * Use the dataset's indexes (types, slugs, ids), and remember answers. On by default; off
   * only for the test that proves both ways give identical results.
   */
  indexed?: boolean
  /** What `now()` answers in a query: the real time, or a test's. */
  now?: () => Date
}

type Loaded = { documents: SanityDocument[]; index: DatasetIndex }

/** Only numbers are folded in at parse time (slices need them); the rest stay $params. */
function numericParams(params: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'number'))
}

/** Runs one query with groq-js, as Sanity's own engine would, over the published documents. */
async function run(
  query: string,
  params: Record<string, unknown>,
  loaded: Loaded,
  indexed: boolean,
  clock: Clock,
) {
  // `timestamp` is what `now()` answers: the moment of this read, as on the Content Lake.
  if (!indexed) {
    // groq-js folds params into the tree at parse time (slices need constant numbers).
    const tree = parse(query, { params })
    const options = { dataset: loaded.documents, params, timestamp: clock.now }
    return (await evaluate(tree, options)).get()
  }
  // Other params stay Parameter nodes, read at evaluation, so the narrowing can tell a term
  // that depends on the request from one that holds for the whole process.
  const tree = narrowTree(
    parse(query, { params: numericParams(params) }),
    loaded.index,
    params,
    clock,
  )
  // The synchronous evaluator gives the same answers several times faster (no async
  // iteration per document); the equality test runs every query both ways.
  const value = evaluateSync(tree, {
    dataset: loaded.documents,
    params,
    timestamp: clock.now,
    // groq-js's own `->` scans the dataset for the id; the index finds the same document.
    dereference: ({ _ref }: { _ref: string }) => loaded.index.byId.get(_ref) ?? null,
  })
  return value.get()
}

/**
 * The embedded default: a dataset in Sanity's export format, loaded once per process and
 * queried with groq-js, Sanity's own GROQ engine, using the same query strings as production.
 *
 * At 10,000 posts a plain groq-js scan costs tens of milliseconds per query and a query with
 * a per-document subquery (the category list in every page's footer) minutes, so: `*[...]`
 * filters that pin a type, slug or id read only those documents (bundled-index.ts), `->`
 * uses an id index, and since the dataset cannot change while the process runs, each
 * (query, params) answer is computed once and handed out as a copy. Only time moves: a
 * scheduled post's answers change at its publish date, so remembered answers are kept
 * until the next date the dataset holds (the clock's epoch) and no longer.
 */
export function createBundledSource(
  loadDocuments: () => Promise<SanityDocument[]>,
  { indexed = true, now = () => new Date() }: BundledSourceOptions = {},
): ContentSource {
  let loaded: Promise<Loaded> | undefined
  const memo = new Map<string, Promise<unknown>>()
  let memoEpoch: string | undefined

  const dataset = () => {
    loaded ??= loadDocuments().then((all) => {
      const documents = all.filter(isPublished)
      return { documents, index: indexDataset(documents) }
    })
    // A failed load is not remembered, so the next request tries again.
    loaded.catch(() => (loaded = undefined))
    return loaded
  }

  return {
    kind: 'bundled',
    // A `fresh` read (ReadOptions) needs nothing special: the dataset cannot change while
    // the process runs, so a remembered answer is the fresh one.
    async fetch<Result>(query: string, params: Record<string, unknown>): Promise<Result> {
      const loadedDataset = await dataset()
      const clock = clockOf(loadedDataset.index, now())
      if (!indexed) return (await run(query, params, loadedDataset, false, clock)) as Result
      if (clock.epoch !== memoEpoch) {
        // A date in the dataset has passed (a scheduled post's moment): answers from before
        // it may name too few posts.
        memo.clear()
        memoEpoch = clock.epoch
      }
      const key = `${query}\u0000${JSON.stringify(params)}`
      let answer = memo.get(key)
      if (answer) {
        // Most recently used last, so the oldest entry is the first one dropped.
        memo.delete(key)
        memo.set(key, answer)
      } else {
        answer = run(query, params, loadedDataset, true, clock)
        memo.set(key, answer)
        answer.catch(() => memo.delete(key))
        if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string)
      }
      // A copy: callers may change what they get without changing the next reader's answer.
      return structuredClone(await answer) as Result
    },
  }
}

export function createBundledFileSource(file: string): ContentSource {
  return createBundledSource(async () => parseNdjson(await readFile(file, 'utf8'), file))
}
