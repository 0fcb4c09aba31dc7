import type { IncomingMessage } from 'node:http'

export class BodyTooLargeError extends Error {}

/**
 * Reads a request body as text, refusing more than `maxBytes`, whether or not the client
 * declared a Content-Length: a route handler must not buffer an unbounded body.
 */
export async function readTextWithLimit(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw new BodyTooLargeError()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new BodyTooLargeError()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/**
 * The same for a Node.js request (a Pages Router API route with its body parser off). At
 * the limit it stops keeping the body but leaves the socket whole, so the 413 still reaches
 * the client; answer it with `Connection: close` and Node.js drops the rest of the upload.
 */
export function readNodeTextWithLimit(request: IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    return Promise.reject(new BodyTooLargeError())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
      request.off('close', onClose)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= maxBytes) {
        chunks.push(chunk)
        return
      }
      stop()
      chunks.length = 0
      reject(new BodyTooLargeError())
    }
    const onEnd = () => {
      stop()
      resolve(new TextDecoder().decode(Buffer.concat(chunks)))
    }
    const onError = (error: Error) => {
      stop()
      reject(error)
    }
    // Closed before the end: the client went away mid-upload.
    const onClose = () => onError(new Error('Request closed before its body ended'))
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
    request.on('close', onClose)
  })
}
