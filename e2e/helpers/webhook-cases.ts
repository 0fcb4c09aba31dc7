import { readFileSync } from 'node:fs'
import { rawRequest } from './raw-http.ts'

/**
 * The webhook-body entries of the hostile-input corpus (e2e/fixtures/hostile-inputs.json):
 * JSON bombs, deep nesting, odd values and wrong content types, each POSTed to a route
 * handler. Shared by the bundled run (unsigned) and the Sanity-mode run (signed).
 */
export type BodyCase = {
  route: string
  kind: string
  input: string
  method: string
  path: string
  contentType?: string
  contentEncoding?: string
  body?: string
  bodyParts?: Array<{ text: string; times?: number }>
}

export function bodyCases(): BodyCase[] {
  const corpus = JSON.parse(
    readFileSync(new URL('../fixtures/hostile-inputs.json', import.meta.url), 'utf8'),
  ) as { cases: Array<Partial<BodyCase>> }
  return corpus.cases.filter((c): c is BodyCase => typeof c.method === 'string')
}

export function bodyOf(c: BodyCase): string {
  if (c.bodyParts) return c.bodyParts.map((part) => part.text.repeat(part.times ?? 1)).join('')
  return c.body ?? ''
}

export type BodyAnswer =
  { status: number; body: string; contentType: string | undefined } | { reset: string }

/**
 * Sends one request with a body through node:http: the server may answer (413) and close
 * before reading a large body, and the answer is what counts, not the broken upload.
 */
export async function sendBody(
  base: string,
  {
    method,
    path,
    body,
    headers,
  }: { method: string; path: string; body: string | Buffer; headers: Record<string, string> },
): Promise<BodyAnswer> {
  const payload = typeof body === 'string' ? Buffer.from(body) : body
  // An upload cut short after the answer arrived is fine; before it, it is a reset.
  const answer = await rawRequest(base, {
    method,
    path,
    headers,
    body: payload,
    timeoutMs: 60_000,
    errorGraceMs: 500,
  })
  if ('reset' in answer) return answer
  return { status: answer.status, body: answer.body, contentType: answer.headers['content-type'] }
}
