import { describe, expect, it } from 'vitest'
import { BodyTooLargeError, readTextWithLimit } from './read-body.ts'

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
