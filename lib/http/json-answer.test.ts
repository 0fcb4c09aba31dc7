import type { NextApiRequest, NextApiResponse } from 'next'
import { describe, expect, it } from 'vitest'
import { noStoreJson, refusedMethod } from './json-answer.ts'

function recordingResponse() {
  const sent = { headers: {} as Record<string, string>, status: 0, body: undefined as unknown }
  const response = {
    setHeader(name: string, value: string) {
      sent.headers[name] = value
      return response
    },
    status(code: number) {
      sent.status = code
      return response
    },
    json(body: unknown) {
      sent.body = body
    },
  }
  return { sent, response: response as unknown as NextApiResponse }
}

const requestWith = (method?: string) => ({ method }) as NextApiRequest

describe('noStoreJson', () => {
  it('answers JSON with its status, never kept by a cache', () => {
    const { sent, response } = recordingResponse()
    noStoreJson(response)(400, { error: 'Bad' })
    expect(sent).toEqual({
      headers: { 'Cache-Control': 'no-store' },
      status: 400,
      body: { error: 'Bad' },
    })
  })
})

describe('refusedMethod', () => {
  it('lets an allowed method through, answering nothing', () => {
    const { sent, response } = recordingResponse()
    expect(refusedMethod(requestWith('HEAD'), response, ['GET', 'HEAD'])).toBe(false)
    expect(sent.status).toBe(0)
  })

  it.each([['PUT'], ['get'], [undefined]])(
    'answers %s with 405 and the methods allowed',
    (method) => {
      const { sent, response } = recordingResponse()
      expect(refusedMethod(requestWith(method), response, ['GET', 'HEAD'])).toBe(true)
      expect(sent).toEqual({
        headers: { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' },
        status: 405,
        body: { error: 'Method not allowed' },
      })
    },
  )
})
