import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { BodyTooLargeError, readNodeTextWithLimit, readTextWithLimit } from './read-body.ts'

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://x/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('readTextWithLimit', () => {
  it('returns a body within the limit', async () => {
    expect(await readTextWithLimit(post('{"a":1}'), 100)).toBe('{"a":1}')
  })

  it('refuses a declared length over the limit without reading', async () => {
    await expect(readTextWithLimit(post('x', { 'content-length': '5000' }), 100)).rejects.toThrow(
      BodyTooLargeError,
    )
  })

  it('refuses a streamed body that grows past the limit', async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(50)))
        controller.close()
      },
    })
    await expect(readTextWithLimit(post(stream), 100)).rejects.toThrow(BodyTooLargeError)
  })
})

describe('readNodeTextWithLimit', () => {
  const request = (chunks: string[], headers: Record<string, string> = {}) =>
    Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), {
      headers,
    }) as unknown as IncomingMessage

  it('returns a body within the limit', async () => {
    expect(await readNodeTextWithLimit(request(['{"a":', '1}']), 100)).toBe('{"a":1}')
    expect(await readNodeTextWithLimit(request([]), 100)).toBe('')
  })

  it('refuses a declared length over the limit without reading', async () => {
    const stream = request(['x'], { 'content-length': '5000' })
    await expect(readNodeTextWithLimit(stream, 100)).rejects.toThrow(BodyTooLargeError)
    expect(stream.readableFlowing).toBeNull()
  })

  it('refuses a streamed body that grows past the limit', async () => {
    const chunks = Array.from({ length: 10 }, () => 'x'.repeat(50))
    await expect(readNodeTextWithLimit(request(chunks), 100)).rejects.toThrow(BodyTooLargeError)
  })

  it('fails when the client goes away mid-upload', async () => {
    const stream = new Readable({ read() {} })
    const reading = readNodeTextWithLimit(
      Object.assign(stream, { headers: {} }) as unknown as IncomingMessage,
      100,
    )
    stream.push('{"a"')
    stream.destroy()
    await expect(reading).rejects.toThrow(/closed before its body ended/)
  })
})
