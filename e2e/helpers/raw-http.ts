import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

// Requests the specs send through node:http rather than fetch: node:http writes the path on the
// request line exactly as given (no URL parsing: hostile paths stay hostile), follows no
// redirects, and lets a test see a server that answers and closes before reading the request.

export type RawAnswer =
  { status: number; body: string; headers: IncomingHttpHeaders } | { reset: string }

export type RawRequest = {
  method: string
  /** Written on the request line byte for byte. */
  path: string
  headers?: Record<string, string>
  /** Sent with its content-length; a request without one has no body and no content-length. */
  body?: Buffer
  /** The request is abandoned (answered as a reset) after this long without a word. */
  timeoutMs: number
  /**
   * How long a request error waits before counting as a reset, for an answer that may already
   * be on its way (a server that answers 413 and closes mid-upload). None by default.
   */
  errorGraceMs?: number
}

/** One request over its own connection (closed after it), and the server's whole answer. */
export function rawRequest(base: string, request: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(base)
  const { method, path, body, timeoutMs, errorGraceMs } = request
  const length = body === undefined ? {} : { 'content-length': String(body.length) }
  const headers = { ...request.headers, ...length, connection: 'close' }
  return new Promise((resolve) => {
    let settled = false
    const done = (answer: RawAnswer) => {
      if (!settled) resolve(answer)
      settled = true
    }
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          headers: res.headers,
        }),
      )
      res.on('error', (error) => done({ reset: error.message }))
    })
    req.on('error', (error) => {
      if (errorGraceMs === undefined) done({ reset: error.message })
      else setTimeout(() => done({ reset: error.message }), errorGraceMs)
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
    req.end(body)
  })
}
