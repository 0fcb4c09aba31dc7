// GROQ through groq-js, with the error answers Sanity's Content Lake gives.
//
// groq-js is the reference implementation of GROQ, but it is not the Content Lake: it has no
// perspectives (see perspective.ts), it quietly treats a missing $param as null where the
// Content Lake answers 400, and it lacks a few functions (text::query()).

import { evaluate, GroqSyntaxError, parse, type ExprNode } from 'groq-js'
import { HttpError, isRecord, plainError } from './http-util.ts'
import type { SanityDocument } from './store.ts'

export type QueryParams = Record<string, unknown>

export type EvaluationContext = {
  projectId: string
  dataset: string
  identity: string
}

/** A 400 shaped like Sanity's, so @sanity/client prints its code frame under the query. */
function queryParseError(
  query: string,
  description: string,
  start: number,
  end: number,
): HttpError {
  return new HttpError(
    400,
    { error: { type: 'queryParseError', description, query, start, end } },
    description,
  )
}

/** Every `$name` the query refers to. */
function referencedParams(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) referencedParams(item, found)
  } else if (isRecord(node)) {
    if (node.type === 'Parameter' && typeof node.name === 'string') found.add(node.name)
    for (const value of Object.values(node)) referencedParams(value, found)
  }
  return found
}

/** Parse a query, answering 400 for syntax errors and for $params that were not sent. */
/**
 * groq-js 2.0.1 has no `text::query()`, which the Studio's document lists and search send as
 * `[@, _id] match text::query($__query)`. Rewritten here to GROQ's plain `match` over the
 * text fields this project's documents have; "*" (the Studio's "everything") matches all.
 * Ranking and stemming differ from Sanity's real search; filtering does not.
 */
export function withoutTextQuery(query: string): string {
  return query.replace(
    /\[@,\s*_id\]\s+match\s+text::query\((\$\w+)\)/g,
    (_, param: string) =>
      `(${param} == "*" || [_id, title, name, slug.current, excerpt, pt::text(body)] match ${param})`,
  )
}

export function parseQuery(
  query: string,
  params: QueryParams,
  mode: 'normal' | 'delta' = 'normal',
): ExprNode {
  let tree: ExprNode
  try {
    tree = parse(withoutTextQuery(query), { params, mode })
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      const description = error.message.replace(/^Syntax error in GROQ query at position \d+: /, '')
      throw queryParseError(query, description, error.position, error.position + 1)
    }
    throw queryParseError(query, (error as Error).message, 0, query.length)
  }
  for (const name of referencedParams(tree)) {
    if (!(name in params)) {
      throw queryParseError(query, `param $${name} referenced, but not provided`, 0, query.length)
    }
  }
  return tree
}

/** Evaluate against a set of documents; evaluation failures are a 400 like the Content Lake's. */
export async function runQuery(
  tree: ExprNode,
  documents: SanityDocument[],
  params: QueryParams,
  context: EvaluationContext,
  extra: { root?: unknown; before?: unknown; after?: unknown } = {},
): Promise<unknown> {
  try {
    const value = await evaluate(tree, {
      dataset: documents,
      params,
      identity: context.identity,
      timestamp: new Date(),
      sanity: { projectId: context.projectId, dataset: context.dataset },
      ...extra,
    })
    return await value.get()
  } catch (error) {
    const message = (error as Error).message
    throw new HttpError(
      400,
      { error: { type: 'queryExecutionError', description: message } },
      message,
    )
  }
}

/**
 * Does one document satisfy a listener's query? The query (`*[filter]`, as listeners take)
 * is run against a dataset holding only that document.
 */
export async function matchesFilter(
  tree: ExprNode,
  document: SanityDocument,
  params: QueryParams,
  context: EvaluationContext,
): Promise<boolean> {
  try {
    const result = await runQuery(tree, [document], params, context)
    return Array.isArray(result) ? result.length > 0 : Boolean(result)
  } catch {
    return false
  }
}

/**
 * `$name=<JSON>` query-string parameters, as @sanity/client sends them
 * (`?query=...&$slug="x"`). A value that is not JSON is a 400, as on the Content Lake.
 */
export function paramsFromSearch(search: URLSearchParams): QueryParams {
  const params: QueryParams = {}
  for (const [key, raw] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(raw)
    } catch {
      throw plainError(400, `Unable to parse value of "${key}=${raw}". Please quote string values.`)
    }
  }
  return params
}
