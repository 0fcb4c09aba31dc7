// Request/response plumbing, and Daraja's error bodies.

import { randomInt } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Daraja's answers are small; so are the requests it takes. */
export const BODY_LIMIT_BYTES = 16 * 1024

/** An answer already decided: thrown by a handler, written by the router. */
export class DarajaAnswer extends Error {
  readonly status: number
  readonly body: unknown
  constructor(status: number, body: unknown) {
    super(`HTTP ${status}`)
    this.status = status
    this.body = body
  }
}

/** Daraja's request ids look like "1459-15094918-1". */
export function requestId(): string {
  return `${randomInt(1000, 99999)}-${randomInt(1_000_000, 99_999_999)}-1`
}

/** Daraja's error shape: `{requestId, errorCode, errorMessage}`. */
export function darajaError(status: number, errorCode: string, errorMessage: string): DarajaAnswer {
  return new DarajaAnswer(status, { requestId: requestId(), errorCode, errorMessage })
}

/** `400.002.02 Bad Request - Invalid <field>`, Daraja's answer to a malformed field. */
export function badRequest(field: string): DarajaAnswer {
  return darajaError(400, '400.002.02', `Bad Request - Invalid ${field}`)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.writableEnded) return
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
  })
  res.end(text)
}

export function sendEmpty(res: ServerResponse, status = 204): void {
  if (res.headersSent || res.writableEnded) return
  res.writeHead(status).end()
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent || res.writableEnded) return
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  })
  res.end(text)
}

/** The body as text, or undefined past the limit (the rest is read and dropped). */
export async function readText(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > BODY_LIMIT_BYTES) tooLarge = true
    if (!tooLarge) chunks.push(chunk)
  }
  return tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
