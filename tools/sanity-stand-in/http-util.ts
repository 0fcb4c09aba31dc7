// Request/response plumbing shared by both listeners.
//
// The same handler serves Node's HTTP/1.1 server and the HTTP/2 compatibility API (which
// also hands over HTTP/1.1 requests when `allowHTTP1` is on), so it only uses what both
// request/response flavours have in common.

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2'

export type StandInRequest = IncomingMessage | Http2ServerRequest
export type StandInResponse = ServerResponse | Http2ServerResponse

/** Default cap on request bodies: large enough for any Studio transaction, small enough to be safe. */
export const DEFAULT_BODY_LIMIT_BYTES = 5 * 1024 * 1024

/**
 * An error that already knows its HTTP answer. Bodies follow the shapes Sanity uses, so
 * @sanity/client turns them into the same error messages it would show against the real API.
 */
export class HttpError extends Error {
  status: number
  body: unknown
  constructor(status: number, body: unknown, message?: string) {
    super(message ?? (typeof body === 'string' ? body : JSON.stringify(body)))
    this.status = status
    this.body = body
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
}

/** Sanity's generic error shape: `{statusCode, error, message}`. */
export function plainError(status: number, message: string): HttpError {
  return new HttpError(
    status,
    { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message },
    message,
  )
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * CORS for a browser page on another origin that sends credentials: the exact Origin must be
 * echoed (a `*` is refused when credentials are included).
 */
export function corsHeaders(req: StandInRequest): Record<string, string> {
  const origin = headerValue(req.headers, 'origin')
  if (!origin) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'content-type, x-sanity-shard',
    vary: 'Origin',
  }
}

/** Answer a CORS preflight, allowing whatever method and headers were asked for. */
export function answerPreflight(req: StandInRequest, res: StandInResponse): void {
  const headers: Record<string, string> = {
    ...corsHeaders(req),
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-max-age': '600',
  }
  const requested = headerValue(req.headers, 'access-control-request-headers')
  if (requested) headers['access-control-allow-headers'] = requested
  // Chromium's Private Network Access asks before a page talks to a loopback address.
  if (headerValue(req.headers, 'access-control-request-private-network') === 'true') {
    headers['access-control-allow-private-network'] = 'true'
  }
  writeHead(res, 204, headers)
  res.end()
}

/** writeHead with one signature for both response flavours. */
export function writeHead(
  res: StandInResponse,
  status: number,
  headers: Record<string, string>,
): void {
  ;(res as ServerResponse).writeHead(status, headers)
}

export function sendJson(
  req: StandInRequest,
  res: StandInResponse,
  status: number,
  body: unknown,
): void {
  if (res.headersSent || res.writableEnded) return
  const text = JSON.stringify(body)
  writeHead(res, status, {
    ...corsHeaders(req),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
  })
  res.end(text)
}

export function sendText(
  req: StandInRequest,
  res: StandInResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  if (res.headersSent || res.writableEnded) return
  writeHead(res, status, {
    ...corsHeaders(req),
    'content-type': contentType,
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
  })
  res.end(text)
}

/**
 * Read the whole body, refusing more than `limit` bytes. Past the limit the rest is read and
 * dropped rather than the stream destroyed: destroying it would also kill an HTTP/1.1 socket,
 * and the client would never see the 413.
 */
export async function readBody(req: StandInRequest, limit: number): Promise<Buffer> {
  const declared = Number(headerValue(req.headers, 'content-length'))
  let tooLarge = Number.isFinite(declared) && declared > limit
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    if (tooLarge) continue
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > limit) {
      tooLarge = true
      chunks.length = 0
      continue
    }
    chunks.push(buffer)
  }
  if (tooLarge) throw plainError(413, `Request body is larger than ${limit} bytes`)
  return Buffer.concat(chunks)
}

/** Read and parse a JSON body; malformed JSON is the client's fault (400), never a crash. */
export async function readJsonBody(req: StandInRequest, limit: number): Promise<unknown> {
  const raw = await readBody(req, limit)
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch (error) {
    throw plainError(400, `Unable to parse request body as JSON: ${(error as Error).message}`)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Query-string booleans as @sanity/client sends them (`true`/`false`). */
export function flag(params: URLSearchParams, name: string, fallback = false): boolean {
  const value = params.get(name)
  if (value === null) return fallback
  return value === 'true' || value === '1' || value === ''
}
