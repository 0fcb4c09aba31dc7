import { evaluateSync, type ExprNode } from 'groq-js'

import type { SanityDocument } from '../dataset/ndjson.ts'

/**
 * Lookups over the (immutable) published documents, so a query need not scan all of them.
 * Every list keeps the dataset's order, the order groq-js would meet the documents in.
 */
export type DatasetIndex = {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
  byType: Map<string, SanityDocument[]>
  bySlug: Map<string, SanityDocument[]>
  /** Documents for which a param-free filter term is true, by the term's tree (bounded). */
  passing: Map<string, Set<SanityDocument>>
  /**
   * Every date the documents hold at their top level (`publishedAt`, `_updatedAt`…), in ms,
   * ascending. A term comparing `now()` with such a date has the same answer between two of
   * them: `clockOf` names that stretch of time, and answers that read the clock are kept
   * for it alone (a scheduled post appears at its moment, not at the next restart).
   */
  moments: number[]
  /** The same as `passing`, for terms that read `now()`: valid for `clock.epoch` only. */
  clockPassing: { epoch: string; terms: Map<string, Set<SanityDocument>> }
}

/**
 * The time a query runs at: `now` (what groq-js's `now()` answers) and `epoch`, the
 * stretch between two of the dataset's dates it falls in (the next date to come, or
 * 'last'): every answer that depends on `now()` only through a comparison with a
 * document's date is the same throughout one epoch.
 */
export type Clock = { now: Date; epoch: string }

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function datesOf(documents: SanityDocument[]): number[] {
  const found = new Set<number>()
  for (const document of documents) {
    for (const value of Object.values(document)) {
      if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) continue
      const ms = Date.parse(value)
      if (!Number.isNaN(ms)) found.add(ms)
    }
  }
  return [...found].sort((a, b) => a - b)
}

/** The clock at `now`: its epoch is the first of `moments` still to come. */
export function clockOf(index: Pick<DatasetIndex, 'moments'>, now: Date): Clock {
  const ms = now.getTime()
  // Binary search: the first moment strictly after now.
  let low = 0
  let high = index.moments.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (index.moments[middle]! <= ms) low = middle + 1
    else high = middle
  }
  return { now, epoch: low < index.moments.length ? String(index.moments[low]) : 'last' }
}

/** How many distinct param-free filter terms are remembered (queries.ts has a few dozen). */
const PASSING_ENTRIES = 500

function push(map: Map<string, SanityDocument[]>, key: string, document: SanityDocument) {
  const list = map.get(key)
  if (list) list.push(document)
  else map.set(key, [document])
}

export function indexDataset(documents: SanityDocument[]): DatasetIndex {
  const index: DatasetIndex = {
    documents,
    byId: new Map(),
    byType: new Map(),
    bySlug: new Map(),
    passing: new Map(),
    moments: datesOf(documents),
    clockPassing: { epoch: '', terms: new Map() },
  }
  for (const document of documents) {
    // The first document with an id wins, as groq-js's own dereference scan would find it.
    if (!index.byId.has(document._id)) index.byId.set(document._id, document)
    if (typeof document._type === 'string') push(index.byType, document._type, document)
    const slug = (document.slug as { current?: unknown } | null | undefined)?.current
    if (typeof slug === 'string' && !Array.isArray(document.slug)) {
      push(index.bySlug, slug, document)
    }
  }
  return index
}

type Node = { type: string; [key: string]: unknown }
type Params = Record<string, unknown>

/** The terms of `a && b && (c && d)`. */
function conjuncts(node: Node): Node[] {
  return node.type === 'And'
    ? [...conjuncts(node.left as Node), ...conjuncts(node.right as Node)]
    : [node]
}

function and(terms: Node[]): Node {
  return terms.reduce((left, right) => ({ type: 'And', left, right }))
}

/** `name` or `outer.name` read off the filtered document itself (no `^`, no `@` base). */
function attributePath(node: Node): string | null {
  if (node.type !== 'AccessAttribute') return null
  if (node.base === undefined) return node.name as string
  const outer = attributePath(node.base as Node)
  return outer === null ? null : `${outer}.${node.name as string}`
}

/** A constant string: a literal, or a $param (left unfolded at parse time, see below). */
function constantString(node: Node, params: Params): string | null {
  const value =
    node.type === 'Value'
      ? node.value
      : node.type === 'Parameter'
        ? params[node.name as string]
        : null
  return typeof value === 'string' ? value : null
}

/** A `path == constant` comparison (either way round) as [path, constant]. */
function equalsConstant(node: Node, params: Params): [string, string] | null {
  if (node.type !== 'OpCall' || node.op !== '==') return null
  for (const [attribute, value] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as Array<[Node, Node]>) {
    const path = attributePath(attribute)
    const constant = constantString(value, params)
    if (path !== null && constant !== null) return [path, constant]
  }
  return null
}

/**
 * The fewest documents that can pass a filter, judged from its terms: a document failing
 * `_id == x`, `_type == x` or `slug.current == x` fails the whole filter.
 */
function indexedCandidates(terms: Node[], index: DatasetIndex, params: Params): SanityDocument[] {
  let best = index.documents
  for (const term of terms) {
    const comparison = equalsConstant(term, params)
    if (!comparison) continue
    const [path, value] = comparison
    let found: SanityDocument[] | undefined
    if (path === '_id') {
      const document = index.byId.get(value)
      found = document ? [document] : []
    } else if (path === '_type') found = index.byType.get(value) ?? []
    else if (path === 'slug.current') found = index.bySlug.get(value) ?? []
    if (found && found.length < best.length) best = found
  }
  return best
}

/** Node types whose value depends on nothing but the document in hand and constants. */
const SELF_CONTAINED = new Set([
  'AccessAttribute',
  'AccessElement',
  'And',
  'ArrayCoerce',
  'Group',
  'Not',
  'OpCall',
  'Or',
  'This',
  'Value',
])
const PURE_FUNCTIONS = new Set([
  'defined',
  'count',
  'lower',
  'upper',
  'length',
  'string',
  'dateTime',
])

/** `now()`: the query's clock (Clock), the one function whose answer changes with time. */
const isNow = (node: Node) =>
  node.type === 'FuncCall' && node.namespace === 'global' && node.name === 'now'

/**
 * True when a term reads only the filtered document and literals: no $param, `^`, `*`, `->`;
 * with `clock`, `now()` is allowed too (the caller then keys what it keeps by the epoch).
 */
function selfContained(node: Node, clock = false): boolean {
  if (node.type === 'FuncCall') {
    if (isNow(node)) return clock
    return (
      node.namespace === 'global' &&
      PURE_FUNCTIONS.has(node.name as string) &&
      (node.args as Node[]).every((arg) => selfContained(arg, clock))
    )
  }
  if (!SELF_CONTAINED.has(node.type)) return false
  if (node.type === 'Value') return true
  return Object.entries(node).every(
    ([key, value]) =>
      key === 'type' ||
      typeof value !== 'object' ||
      value === null ||
      selfContained(value as Node, clock),
  )
}

/** Whether a (self-contained) term calls `now()` anywhere. */
function readsClock(node: Node): boolean {
  if (isNow(node)) return true
  return Object.values(node).some(
    (value) =>
      value !== null &&
      typeof value === 'object' &&
      (Array.isArray(value)
        ? value.some((item) => readsClock(item as Node))
        : readsClock(value as Node)),
  )
}

/**
 * The documents for which groq-js itself finds a param-free term true: once per process, or
 * once per epoch for a term that reads `now()` (never longer: its answer changes then).
 */
function passingTerm(term: Node, index: DatasetIndex, clock: Clock): Set<SanityDocument> {
  const key = JSON.stringify(term)
  let store = index.passing
  if (readsClock(term)) {
    if (index.clockPassing.epoch !== clock.epoch) {
      index.clockPassing = { epoch: clock.epoch, terms: new Map() }
    }
    store = index.clockPassing.terms
  }
  let passing = store.get(key)
  if (!passing) {
    const filter = { type: 'Filter', base: { type: 'Everything' }, expr: term } as ExprNode
    const value = evaluateSync(filter, { dataset: index.documents, timestamp: clock.now })
    passing = new Set(value.data as SanityDocument[])
    if (store.size >= PASSING_ENTRIES) {
      store.delete(store.keys().next().value as string)
    }
    store.set(key, passing)
  }
  return passing
}

/** The documents of `list` passing every param-free term, remembered per list and terms. */
const fixedLists = new WeakMap<SanityDocument[], Map<string, SanityDocument[]>>()

/** The same for terms that read `now()`, for one epoch at a time. */
const clockLists = new WeakMap<
  SanityDocument[],
  { epoch: string; byTerms: Map<string, SanityDocument[]> }
>()

function listsFor(list: SanityDocument[], fixed: Node[], clock: Clock) {
  if (!fixed.some(readsClock)) {
    let byTerms = fixedLists.get(list)
    if (!byTerms) fixedLists.set(list, (byTerms = new Map()))
    return byTerms
  }
  let timed = clockLists.get(list)
  if (!timed || timed.epoch !== clock.epoch) {
    clockLists.set(list, (timed = { epoch: clock.epoch, byTerms: new Map() }))
  }
  return timed.byTerms
}

function fixedCandidates(
  list: SanityDocument[],
  fixed: Node[],
  index: DatasetIndex,
  clock: Clock,
): SanityDocument[] {
  if (fixed.length === 0) return list
  const key = JSON.stringify(fixed)
  const byTerms = listsFor(list, fixed, clock)
  let candidates = byTerms.get(key)
  if (!candidates) {
    const sets = fixed.map((term) => passingTerm(term, index, clock))
    candidates = list.filter((document) => sets.every((set) => set.has(document)))
    // Per-slug and per-id lists are many and tiny; only the big ones are worth keeping.
    if (list.length > 100) byTerms.set(key, candidates)
  }
  return candidates
}

/**
 * Rewrites one `*[filter]`. The candidates are the index list the filter pins (type, slug or
 * id), less the documents failing a param-free term such as `defined(slug.current)`, which
 * groq-js judged once for the whole (immutable) dataset (a term with `now()`, such as a
 * post's publish date having come, once per epoch). Those terms then leave the filter:
 * every candidate passes them, and `&&` is true exactly when all its terms are, so the
 * filter keeps the same documents in the same (dataset) order. Terms with params or `^`
 * stay and are judged per document by groq-js as before.
 */
function narrowFilter(filter: Node, index: DatasetIndex, params: Params, clock: Clock): Node {
  const terms = conjuncts(filter.expr as Node)
  const fixed = terms.filter((term) => selfContained(term, true))
  const rest = terms.filter((term) => !selfContained(term, true))
  const candidates = fixedCandidates(indexedCandidates(terms, index, params), fixed, index, clock)
  const base = { type: 'Value', value: candidates }
  candidateNodes.add(base)
  return {
    ...filter,
    base,
    expr: rest.length > 0 ? and(rest) : { type: 'Value', value: true },
  }
}

/** The Value nodes narrowFilter made (their lists hold documents in dataset order). */
const candidateNodes = new WeakSet<object>()

/** Lists already sorted by groq-js's own `order()`, per list and sort keys. */
const sortedLists = new WeakMap<SanityDocument[], Map<string, SanityDocument[]>>()

/**
 * `*[filter] | order(keys)` when every key reads only the document: the candidates are
 * sorted once (by groq-js, memoised) and then filtered. groq-js's sort is stable (ties keep
 * their dataset position) and a filter keeps its input's order, so sorting then filtering
 * gives exactly the order of filtering then sorting, without sorting on every request.
 */
function presorted(orderNode: Node, index: DatasetIndex): Node | null {
  const filter = orderNode.base as Node
  if (filter.type !== 'Filter' || !candidateNodes.has(filter.base as object)) return null
  const keys = (orderNode.args as Node[]).map((arg) =>
    arg.type === 'Asc' || arg.type === 'Desc' ? (arg.base as Node) : arg,
  )
  if (!keys.every((key) => selfContained(key))) return null
  const list = (filter.base as { value: SanityDocument[] }).value
  const key = JSON.stringify(orderNode.args)
  let byKeys = sortedLists.get(list)
  if (!byKeys) sortedLists.set(list, (byKeys = new Map()))
  let sorted = byKeys.get(key)
  if (!sorted) {
    const sortNode = { ...orderNode, base: { type: 'Value', value: list } } as ExprNode
    sorted = evaluateSync(sortNode, { dataset: index.documents }).data as SanityDocument[]
    if (list.length > 100) byKeys.set(key, sorted)
  }
  return { ...filter, base: { type: 'Value', value: sorted } }
}

/**
 * A copy of a parsed query in which every `*[filter]` reads only its candidates (a constant
 * Value node) instead of the whole dataset; see narrowFilter for why results are identical.
 */
export function narrowTree(
  tree: ExprNode,
  index: DatasetIndex,
  params: Params,
  clock: Clock = clockOf(index, new Date()),
): ExprNode {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (value === null || typeof value !== 'object') return value
    const node = value as Node
    // Values hold data (and, once narrowed, documents): never walk into them.
    if (node.type === 'Value') return node
    const copy: Node = { ...node }
    for (const key of Object.keys(copy)) copy[key] = visit(copy[key])
    if (copy.type === 'Filter' && (copy.base as Node).type === 'Everything') {
      return narrowFilter(copy, index, params, clock)
    }
    if (copy.type === 'PipeFuncCall' && copy.name === 'order') {
      return presorted(copy, index) ?? copy
    }
    return copy
  }
  return visit(tree) as ExprNode
}
