// The /data/* endpoints: query, doc, mutate, actions, listen and (empty) history.

import type { RequestContext, StandInState } from './context.ts'
import { paramsFromSearch, parseQuery, runQuery, type QueryParams } from './groq.ts'
import {
  flag,
  HttpError,
  isRecord,
  plainError,
  readJsonBody,
  sendJson,
  sendText,
} from './http-util.ts'
import { isPrivateId } from './ids.ts'
import { applyActions } from './actions.ts'
import { applyMutations, type SelectIds } from './mutations.ts'
import { applyPerspective, parsePerspective, showsPrivateDocuments } from './perspective.ts'
import { TransactionError, type SanityDocument } from './store.ts'

function requireAuthorization(ctx: RequestContext, what: string): void {
  if (!ctx.authorized)
    throw plainError(401, `${what} needs an Authorization: Bearer <token> header`)
}

/** Documents this request may read at all: without access, private ids do not exist. */
function readableDocuments(ctx: RequestContext): SanityDocument[] {
  const all = ctx.state.store.all()
  return ctx.authorized ? all : all.filter((doc) => !isPrivateId(doc._id))
}

/** Patch/delete by query: the query runs on the transaction's own raw view. */
export function selectIdsFor(state: StandInState): SelectIds {
  return async (tx, query, params) => {
    const result = await runQuery(parseQuery(query, params), tx.all(), params, state.evaluation)
    const list = Array.isArray(result) ? result : [result]
    return list.flatMap((item) =>
      isRecord(item) && typeof item._id === 'string' ? [item._id] : [],
    )
  }
}

/** A refused write, in the shape @sanity/client turns into a readable error. */
function conflict(error: TransactionError, type: 'mutationError' | 'actionError'): HttpError {
  const description =
    type === 'mutationError' ? `The mutation(s) failed: ${error.message}` : error.message
  return new HttpError(
    409,
    {
      error: {
        type,
        description,
        items: [
          {
            error: { type: 'documentError', description: error.message, id: error.documentId },
            index: error.index ?? 0,
          },
        ],
      },
    },
    description,
  )
}

async function query(ctx: RequestContext): Promise<void> {
  const { url, state } = ctx
  let queryText: string | null = url.searchParams.get('query')
  let params: QueryParams = paramsFromSearch(url.searchParams)
  let perspectiveText = url.searchParams.get('perspective')
  if (ctx.method === 'POST') {
    const body = await readJsonBody(ctx.req, state.bodyLimitBytes)
    if (!isRecord(body)) throw plainError(400, 'The request body must be {query, params}')
    queryText = typeof body.query === 'string' ? body.query : null
    params = isRecord(body.params) ? body.params : {}
    if (typeof body.perspective === 'string') perspectiveText = body.perspective
    if (Array.isArray(body.perspective)) perspectiveText = body.perspective.join(',')
  }
  if (!queryText) throw plainError(400, 'Missing "query"')

  const perspective = parsePerspective(perspectiveText, ctx.apiVersion)
  if (perspective.kind === 'stack' && showsPrivateDocuments(perspective)) {
    requireAuthorization(ctx, `The "${perspectiveText}" perspective`)
  }
  const documents = applyPerspective(readableDocuments(ctx), perspective)
  const tree = parseQuery(queryText, params)
  const started = performance.now()
  const result = await runQuery(tree, documents, params, state.evaluation)
  const ms = Math.round(performance.now() - started)
  const returnQuery = url.searchParams.get('returnQuery') !== 'false'
  sendJson(ctx.req, ctx.res, 200, { ...(returnQuery ? { query: queryText } : {}), result, ms })
}

function getDocuments(ctx: RequestContext, idList: string): void {
  const ids = idList
    .split(',')
    .map((id) => decodeURIComponent(id))
    .filter(Boolean)
  const excludeContent = flag(ctx.url.searchParams, 'excludeContent')
  const documents: unknown[] = []
  const omitted: Array<{ id: string; reason: 'existence' | 'permission' }> = []
  for (const id of ids) {
    if (!ctx.authorized && isPrivateId(id)) {
      omitted.push({ id, reason: 'permission' })
      continue
    }
    const doc = ctx.state.store.get(id)
    if (!doc) omitted.push({ id, reason: 'existence' })
    else documents.push(excludeContent ? { _id: doc._id, _type: doc._type, _rev: doc._rev } : doc)
  }
  sendJson(ctx.req, ctx.res, 200, { documents, omitted })
}

async function mutate(ctx: RequestContext): Promise<void> {
  requireAuthorization(ctx, 'Mutating')
  const { state, url } = ctx
  const body = await readJsonBody(ctx.req, state.bodyLimitBytes)
  if (!isRecord(body)) throw plainError(400, 'The request body must be {mutations: [...]}')
  const returnIds = flag(url.searchParams, 'returnIds')
  const returnDocuments = flag(url.searchParams, 'returnDocuments')
  try {
    const { value: results, transaction } = await state.store.transact(
      {
        transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
        identity: state.user.id,
        dryRun: flag(url.searchParams, 'dryRun'),
      },
      (tx) => applyMutations(tx, body.mutations, selectIdsFor(state)),
    )
    sendJson(ctx.req, ctx.res, 200, {
      transactionId: transaction.transactionId,
      results:
        returnIds || returnDocuments
          ? results.map((result) => ({
              id: result.id,
              operation: result.operation,
              ...(returnDocuments && result.document ? { document: result.document } : {}),
            }))
          : [],
    })
  } catch (error) {
    throw error instanceof TransactionError ? conflict(error, 'mutationError') : error
  }
}

async function actions(ctx: RequestContext): Promise<void> {
  requireAuthorization(ctx, 'Document actions')
  const { state } = ctx
  const body = await readJsonBody(ctx.req, state.bodyLimitBytes)
  if (!isRecord(body)) throw plainError(400, 'The request body must be {actions: [...]}')
  try {
    const { transaction } = await state.store.transact(
      {
        transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
        identity: state.user.id,
        dryRun: body.dryRun === true,
      },
      (tx) => applyActions(tx, body.actions),
    )
    sendJson(ctx.req, ctx.res, 200, { transactionId: transaction.transactionId })
  } catch (error) {
    throw error instanceof TransactionError ? conflict(error, 'actionError') : error
  }
}

function listen(ctx: RequestContext): void {
  const { url, state } = ctx
  const queryText = url.searchParams.get('query')
  if (!queryText) throw plainError(400, 'Missing "query"')
  const params = paramsFromSearch(url.searchParams)
  const filter = parseQuery(queryText, params)
  state.hub.open(ctx.req, ctx.res, filter, params, {
    includeResult: flag(url.searchParams, 'includeResult'),
    includePreviousRevision: flag(url.searchParams, 'includePreviousRevision'),
    includeMutations: flag(url.searchParams, 'includeMutations', true),
    includeAllVersions: flag(url.searchParams, 'includeAllVersions'),
    effectFormat: url.searchParams.get('effectFormat') ?? undefined,
    canSeePrivate: ctx.authorized,
  })
}

/** History is not kept: the Studio's history panes open on an empty timeline. */
function history(ctx: RequestContext, rest: string[]): void {
  const [kind] = rest
  if (kind === 'events') return sendJson(ctx.req, ctx.res, 200, { events: {}, nextCursor: '' })
  if (kind === 'transactions') return sendText(ctx.req, ctx.res, 200, '', 'application/x-ndjson')
  if (kind === 'documents') return sendJson(ctx.req, ctx.res, 200, { documents: [] })
  throw plainError(404, 'Unknown history endpoint')
}

/** Answers a /data/* route; returns false when the path is not one of them. */
export async function handleDataRoute(ctx: RequestContext): Promise<boolean> {
  const [first, endpoint, datasetSegment, ...rest] = ctx.segments
  if (first !== 'data' || endpoint === undefined) return false
  const { method, state } = ctx
  if (datasetSegment === undefined) return false
  if (decodeURIComponent(datasetSegment) !== state.dataset) {
    throw plainError(
      404,
      `Dataset "${decodeURIComponent(datasetSegment)}" not found for project ID "${state.projectId}"`,
    )
  }

  switch (endpoint) {
    case 'query':
      if (method !== 'GET' && method !== 'POST') throw plainError(405, 'Use GET or POST')
      await query(ctx)
      return true
    case 'doc':
      if (method !== 'GET' || rest.length !== 1 || rest[0] === undefined) return false
      getDocuments(ctx, rest[0])
      return true
    case 'mutate':
      if (method !== 'POST') throw plainError(405, 'Use POST')
      await mutate(ctx)
      return true
    case 'actions':
      if (method !== 'POST') throw plainError(405, 'Use POST')
      await actions(ctx)
      return true
    case 'listen':
      if (method !== 'GET') throw plainError(405, 'Use GET')
      listen(ctx)
      return true
    case 'history':
      requireAuthorization(ctx, 'History')
      history(ctx, rest)
      return true
    default:
      return false
  }
}
