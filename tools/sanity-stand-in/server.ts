// A local stand-in of the Sanity HTTP API, for tests (end-to-end, unit and dataset tests).
//
// It really stores and queries documents (groq-js), applies mutations and document actions
// (patches through Sanity's own @sanity/mutator), streams real listener events, and delivers
// signed webhooks. Two listeners share one in-memory dataset:
//
// - HTTPS with HTTP/2 (HTTP/1.1 allowed) for the browser, i.e. the Studio: give it
//   `apiHost: stand.httpsUrl` (it puts the project id in front: <projectId>.localhost:<port>).
// - plain HTTP/1.1 for Node clients: `createClient({apiHost: stand.httpUrl,
//   useProjectHostname: false, ...})`.
//
// Both listen on 127.0.0.1 only. See README.md (next to this file) for what the Studio
// needs, and cli.ts to run it as a process.

import { createServer, type Server } from 'node:http'
import { createSecureServer, type Http2SecureServer, type Http2Session } from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import type { RequestContext, StandInState, StandInUser } from './context.ts'
import { handleDataRoute, selectIdsFor } from './data-routes.ts'
import { handleImageRoute } from './image-routes.ts'
import { parseQuery, runQuery, type QueryParams } from './groq.ts'
import {
  answerPreflight,
  DEFAULT_BODY_LIMIT_BYTES,
  headerValue,
  HttpError,
  plainError,
  sendJson,
  type StandInRequest,
  type StandInResponse,
} from './http-util.ts'
import { ListenHub } from './listen.ts'
import { applyMutations, type MutationResult } from './mutations.ts'
import { applyPerspective, parsePerspective } from './perspective.ts'
import { handleProjectRoute } from './project-routes.ts'
import { readNdjsonFile } from '../../lib/dataset/ndjson.ts'
import { DocumentStore, type SanityDocument } from './store.ts'
import { createSelfSignedCertificate, type Certificate } from './tls.ts'
import {
  WebhookSender,
  type WebhookDelivery,
  type WebhookOperation,
  type WebhookOptions,
} from './webhook.ts'

export type { SanityDocument, WebhookDelivery, WebhookOperation, WebhookOptions }

export type SanityStandInOptions = {
  projectId: string
  /** Default `production`. */
  dataset?: string
  /** Initial documents, in Sanity's export format. */
  documents?: SanityDocument[]
  /** Or an NDJSON export to load them from (added after `documents`). */
  datasetFile?: string
  /** Port of the plain HTTP/1.1 listener (Node clients); 0 picks a free one (default). */
  httpPort?: number
  /** Port of the HTTPS + HTTP/2 listener (browser / Studio); 0 picks a free one (default). */
  httpsPort?: number
  /**
   * When set, reading drafts/versions, history, mutations and actions need
   * `Authorization: Bearer <token>`; published reads never do. Unset: everything is open.
   */
  token?: string
  /** Deliver GROQ-powered webhooks for published documents. */
  webhook?: WebhookOptions
  /** The logged-in user the Studio sees. */
  user?: Partial<StandInUser>
  /** Strong references must point at existing documents, as on the Content Lake. Default true. */
  checkReferences?: boolean
  /** Keep-alive comment interval on listen streams. Default 20 s. */
  keepAliveMs?: number
  /** Request bodies larger than this are refused with 413. Default 5 MB. */
  bodyLimitBytes?: number
  /** Use this certificate instead of making a self-signed one. */
  tls?: { key: string; cert: string }
}

export type MutateOptions = { transactionId?: string; dryRun?: boolean }

export type SanityStandIn = {
  projectId: string
  dataset: string
  /** `http://127.0.0.1:<port>`: apiHost for Node clients (with `useProjectHostname: false`). */
  httpUrl: string
  /** `https://localhost:<port>`: apiHost for the Studio (it adds `<projectId>.` itself). */
  httpsUrl: string
  /** `https://<projectId>.localhost:<port>`: where the Studio's requests actually go. */
  httpsProjectUrl: string
  /** PEM of the TLS certificate (trust it in Node with NODE_EXTRA_CA_CERTS=certificatePath). */
  certificate: string
  certificatePath: string | undefined
  /** A copy of every stored document (raw: drafts and versions included). */
  documents(): SanityDocument[]
  getDocument(id: string): SanityDocument | null
  /** Replace the whole dataset, silently (no listener events, no webhooks). */
  setDocuments(documents: SanityDocument[]): void
  /** Apply mutations as /data/mutate would: listeners and webhooks are told. */
  mutate(
    mutations: unknown[],
    options?: MutateOptions,
  ): Promise<{ transactionId: string; results: MutationResult[] }>
  /** Run a GROQ query as /data/query would (with full access); perspective default `raw`. */
  query<T = unknown>(query: string, params?: QueryParams, perspective?: string): Promise<T>
  /** Deliver a webhook for a document now (for a delete, pass the document as it was). */
  deliverWebhook(doc: SanityDocument, operation: WebhookOperation): Promise<WebhookDelivery>
  /** Stop (true) or resume (false) webhook delivery for later changes. */
  pauseWebhooks(paused: boolean): void
  /** Webhook deliveries so far (with the answers they got). */
  webhookDeliveries(): WebhookDelivery[]
  /** Resolves once every queued webhook has been delivered (or given up on). */
  webhooksSettled(): Promise<void>
  close(): Promise<void>
}

const VERSION_PREFIX = /^\/v(1|\d{4}-\d{2}-\d{2})(?=\/|$)/

function listen(server: Server | Http2SecureServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function isAuthorized(state: StandInState, req: StandInRequest): boolean {
  if (!state.token) return true
  const header = headerValue(req.headers, 'authorization')
  if (!header) return false
  if (header === `Bearer ${state.token}`) return true
  // A wrong token is refused outright, as the real API does, rather than read as anonymous.
  throw plainError(401, 'Session not found. The token is not valid for this stand-in.')
}

async function handle(
  state: StandInState,
  req: StandInRequest,
  res: StandInResponse,
): Promise<void> {
  try {
    const method = (req.method ?? 'GET').toUpperCase()
    if (method === 'OPTIONS') return answerPreflight(req, res)
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid')
    const version = VERSION_PREFIX.exec(url.pathname)
    const rest = version ? url.pathname.slice(version[0].length) : url.pathname
    const ctx: RequestContext = {
      req,
      res,
      method: method === 'HEAD' ? 'GET' : method,
      url,
      apiVersion: version?.[1] ?? '1',
      segments: rest.split('/').filter(Boolean),
      authorized: isAuthorized(state, req),
      state,
    }
    if (
      !(await handleDataRoute(ctx)) &&
      !(await handleProjectRoute(ctx)) &&
      !(await handleImageRoute(ctx))
    ) {
      throw plainError(404, `No such endpoint: ${method} ${url.pathname}`)
    }
  } catch (error) {
    if (error instanceof HttpError) return sendJson(req, res, error.status, error.body)
    console.error('[sanity-stand-in] request failed:', error)
    sendJson(req, res, 500, {
      statusCode: 500,
      error: 'Internal Server Error',
      message: (error as Error).message,
    })
  }
}

export async function createSanityStandIn(options: SanityStandInOptions): Promise<SanityStandIn> {
  const projectId = options.projectId
  if (!/^[a-z0-9-]+$/.test(projectId))
    throw new Error(`projectId must be a-z, 0-9 and dashes: "${projectId}"`)
  const dataset = options.dataset ?? 'production'
  const user: StandInUser = {
    id: 'pStandInEditor',
    name: 'Stand-in Editor',
    email: 'editor@stand-in.localhost',
    role: 'administrator',
    ...options.user,
  }
  const evaluation = { projectId, dataset, identity: user.id }
  const documents = [
    ...(options.documents ?? []),
    ...(options.datasetFile ? readNdjsonFile(options.datasetFile) : []),
  ]
  const store = new DocumentStore(documents, { checkReferences: options.checkReferences })
  const hub = new ListenHub(evaluation, options.keepAliveMs ?? 20_000)
  const webhook = options.webhook ? new WebhookSender(options.webhook, evaluation) : undefined
  // Like disabling the webhook in Sanity's manage screen: changes go unannounced.
  let webhooksPaused = false

  store.onCommit(async (transaction) => {
    // Listener events are written before the write request is answered; webhooks go
    // out afterwards, in order, as Sanity sends them.
    await hub.publish(transaction)
    if (!webhooksPaused) webhook?.enqueue(transaction)
  })

  const state: StandInState = {
    projectId,
    dataset,
    store,
    hub,
    webhook,
    user,
    keyValues: new Map(),
    evaluation,
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    token: options.token,
  }

  let generated: Certificate | undefined
  const tls = options.tls ?? (generated = createSelfSignedCertificate([`${projectId}.localhost`]))

  const sockets = new Set<Socket>()
  const sessions = new Set<Http2Session>()
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }
  const onRequest = (req: StandInRequest, res: StandInResponse) => {
    // A client that goes away mid-answer must not take the process with it.
    res.on('error', () => undefined)
    void handle(state, req, res)
  }

  const httpServer = createServer(onRequest)
  httpServer.on('connection', track)

  const httpsServer = createSecureServer(
    { key: tls.key, cert: tls.cert, allowHTTP1: true },
    onRequest,
  )
  httpsServer.on('connection', track)
  httpsServer.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
    session.on('error', () => undefined)
  })
  httpsServer.on('sessionError', () => undefined)
  // Browsers probing a self-signed certificate abort handshakes; that is not an error here.
  httpsServer.on('tlsClientError', () => undefined)

  let httpPort: number
  let httpsPort: number
  try {
    httpPort = await listen(httpServer, options.httpPort ?? 0)
    httpsPort = await listen(httpsServer, options.httpsPort ?? 0)
  } catch (error) {
    hub.closeAll()
    httpServer.close()
    httpsServer.close()
    generated?.dispose()
    throw error
  }

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      hub.closeAll()
      const closed = Promise.all([
        new Promise<void>((resolve) => httpServer.close(() => resolve())),
        new Promise<void>((resolve) => httpsServer.close(() => resolve())),
      ])
      for (const session of sessions) session.destroy()
      for (const socket of sockets) socket.destroy()
      await closed
      generated?.dispose()
    })()
    return closing
  }

  const requireWebhook = (): WebhookSender => {
    if (!webhook) throw new Error('No webhook is configured (options.webhook)')
    return webhook
  }

  return {
    projectId,
    dataset,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpsUrl: `https://localhost:${httpsPort}`,
    httpsProjectUrl: `https://${projectId}.localhost:${httpsPort}`,
    certificate: tls.cert,
    certificatePath: generated?.certPath,
    documents: () => structuredClone(store.all()),
    getDocument: (id) => store.get(id),
    setDocuments: (docs) => store.reset(docs),
    async mutate(mutations, mutateOptions = {}) {
      const { value, transaction } = await store.transact(
        {
          transactionId: mutateOptions.transactionId,
          identity: user.id,
          dryRun: mutateOptions.dryRun,
        },
        (tx) => applyMutations(tx, mutations, selectIdsFor(state)),
      )
      return { transactionId: transaction.transactionId, results: value }
    },
    async query<T>(groq: string, params: QueryParams = {}, perspective = 'raw') {
      const view = applyPerspective(store.all(), parsePerspective(perspective, '1'))
      return (await runQuery(parseQuery(groq, params), view, params, evaluation)) as T
    },
    deliverWebhook: (doc, operation) => requireWebhook().deliver(doc, operation),
    pauseWebhooks: (paused) => {
      webhooksPaused = paused
    },
    webhookDeliveries: () => [...(webhook?.deliveries ?? [])],
    webhooksSettled: () => webhook?.settled() ?? Promise.resolve(),
    close,
  }
}
