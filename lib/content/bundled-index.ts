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
const PURE_FUNCTIONS = new Set(['defined', 'count', 'lower', 'upper', 'length', 'string'])

/** True when a term reads only the filtered document and literals: no $param, `^`, `*`, `->`. */
function selfContained(node: Node): boolean {
  if (node.type === 'FuncCall') {
    return (
      node.namespace === 'global' &&
      PURE_FUNCTIONS.has(node.name as string) &&
      (node.args as Node[]).every(selfContained)
    )
  }
  if (!SELF_CONTAINED.has(node.type)) return false
  if (node.type === 'Value') return true
  return Object.entries(node).every(
    ([key, value]) =>
      key === 'type' || typeof value !== 'object' || value === null || selfContained(value as Node),
  )
}

/** The documents for which groq-js itself finds a param-free term true, once per process. */
function passingTerm(term: Node, index: DatasetIndex): Set<SanityDocument> {
  const key = JSON.stringify(term)
  let passing = index.passing.get(key)
  if (!passing) {
    const filter = { type: 'Filter', base: { type: 'Everything' }, expr: term } as ExprNode
    const value = evaluateSync(filter, { dataset: index.documents })
    passing = new Set(value.data as SanityDocument[])
    if (index.passing.size >= PASSING_ENTRIES) {
      index.passing.delete(index.passing.keys().next().value as string)
    }
    index.passing.set(key, passing)
  }
  return passing
}

/** The documents of `list` passing every param-free term, remembered per list and terms. */
const fixedLists = new WeakMap<SanityDocument[], Map<string, SanityDocument[]>>()

function fixedCandidates(
  list: SanityDocument[],
  fixed: Node[],
  index: DatasetIndex,
): SanityDocument[] {
  if (fixed.length === 0) return list
  const key = JSON.stringify(fixed)
  let byTerms = fixedLists.get(list)
  if (!byTerms) fixedLists.set(list, (byTerms = new Map()))
  let candidates = byTerms.get(key)
  if (!candidates) {
    const sets = fixed.map((term) => passingTerm(term, index))
    candidates = list.filter((document) => sets.every((set) => set.has(document)))
    // Per-slug and per-id lists are many and tiny; only the big ones are worth keeping.
    if (list.length > 100) byTerms.set(key, candidates)
  }
  return candidates
}

/**
 * Rewrites one `*[filter]`. The candidates are the index list the filter pins (type, slug or
 * id), less the documents failing a param-free term such as `defined(slug.current)`, which
 * groq-js judged once for the whole (immutable) dataset. Those terms then leave the filter:
 * every candidate passes them, and `&&` is true exactly when all its terms are, so the
 * filter keeps the same documents in the same (dataset) order. Terms with params or `^`
 * stay and are judged per document by groq-js as before.
 */
function narrowFilter(filter: Node, index: DatasetIndex, params: Params): Node {
  const terms = conjuncts(filter.expr as Node)
  const fixed = terms.filter(selfContained)
  const rest = terms.filter((term) => !selfContained(term))
  const candidates = fixedCandidates(indexedCandidates(terms, index, params), fixed, index)
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
  if (!keys.every(selfContained)) return null
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
export function narrowTree(tree: ExprNode, index: DatasetIndex, params: Params): ExprNode {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (value === null || typeof value !== 'object') return value
    const node = value as Node
    // Values hold data (and, once narrowed, documents): never walk into them.
    if (node.type === 'Value') return node
    const copy: Node = { ...node }
    for (const key of Object.keys(copy)) copy[key] = visit(copy[key])
    if (copy.type === 'Filter' && (copy.base as Node).type === 'Everything') {
      return narrowFilter(copy, index, params)
    }
    if (copy.type === 'PipeFuncCall' && copy.name === 'order') {
      return presorted(copy, index) ?? copy
    }
    return copy
  }
  return visit(tree) as ExprNode
}
