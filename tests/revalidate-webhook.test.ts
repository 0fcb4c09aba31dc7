import { Readable } from 'node:stream'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import type { NextApiRequest, NextApiResponse } from 'next'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { SEED_ARTICLE } from './seed-article.ts'

// The publish webhook's Pages API route (pages/api/revalidate.ts; a test cannot live under
// pages/, where every file is a route), with the bundled dataset behind the content door.

const SECRET = 'test-webhook-secret'
const SEED = SEED_ARTICLE.path

type Handler = (request: NextApiRequest, response: NextApiResponse) => Promise<void>
let handler: Handler

beforeAll(async () => {
  // Read when the env module loads, as in production.
  vi.stubEnv('SANITY_REVALIDATE_SECRET', SECRET)
  handler = (await import('@/pages/api/revalidate.ts')).default as unknown as Handler
})

type Sent = {
  status: number
  body: unknown
  headers: Record<string, string>
  revalidated: Array<{ path: string; options: unknown }>
}

async function call(
  body: string,
  { method = 'POST', headers = {} as Record<string, string>, failing = [] as string[] } = {},
): Promise<Sent> {
  const request = Object.assign(Readable.from(body ? [Buffer.from(body)] : []), {
    method,
    headers,
  }) as unknown as NextApiRequest
  const sent: Sent = { status: 0, body: undefined, headers: {}, revalidated: [] }
  const response = {
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value
      return response
    },
    status(code: number) {
      sent.status = code
      return response
    },
    json(value: unknown) {
      sent.body = value
    },
    async revalidate(path: string, options: unknown) {
      sent.revalidated.push({ path, options })
      if (failing.includes(path))
        throw new Error(`Failed to revalidate ${path}: Invalid response 500`)
    },
  } as unknown as NextApiResponse
  await handler(request, response)
  return sent
}

const signed = async (body: string, secret = SECRET) => ({
  [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret),
})

describe('POST /api/revalidate', () => {
  it('renders again every page a signed change made stale, only where one was rendered', async () => {
    const body = JSON.stringify({
      _id: 'post-why-loneliness-is-rising-despite-social-media',
      _type: 'post',
      operation: 'update',
      slug: 'why-loneliness-is-rising-despite-social-media',
      previousSlug: 'why-loneliness-is-rising-despite-social-media',
      publishedAt: '2026-02-20T06:00:00.000Z',
      previousPublishedAt: '2026-02-20T06:00:00.000Z',
    })
    const sent = await call(body, { headers: await signed(body) })
    expect(sent.status).toBe(200)
    expect(sent.headers['cache-control']).toBe('no-store')
    const { revalidated, failed } = sent.body as { revalidated: string[]; failed: string[] }
    expect(revalidated).toContain('/')
    expect(revalidated).toContain(SEED)
    expect(failed).toEqual([])
    // Every path rendered once, the changed article itself first.
    expect(sent.revalidated.map((call) => call.path).sort()).toEqual([...revalidated].sort())
    expect(revalidated[0]).toBe('/2026/02/20/why-loneliness-is-rising-despite-social-media')
    expect(sent.revalidated[0]?.path).toBe(revalidated[0])
    expect(sent.revalidated[0]?.options).toEqual({ unstable_onlyGenerated: true })
  })

  it('reports a page that failed and still renders the others', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const body = JSON.stringify({ _type: 'siteSettings' })
    const sent = await call(body, { headers: await signed(body), failing: ['/'] })
    // Settings: the home and support pages and the pages the footer links to.
    expect(sent).toMatchObject({
      status: 200,
      body: { revalidated: ['/about', '/privacy', '/support'], failed: ['/'] },
    })
    expect(errors).toHaveBeenCalledWith(
      '[revalidate] / failed: Failed to revalidate /: Invalid response 500',
    )
    errors.mockRestore()
  })

  it('refuses a missing, malformed or wrong signature with 401', async () => {
    const body = JSON.stringify({ _type: 'siteSettings' })
    for (const headers of [
      {},
      { [SIGNATURE_HEADER_NAME]: 'garbage' },
      await signed(body, 'another-secret'),
    ]) {
      const sent = await call(body, { headers })
      expect(sent).toMatchObject({ status: 401, body: { error: 'Invalid signature' } })
      expect(sent.revalidated).toEqual([])
    }
  })

  it('answers 400 for signed bodies that are not JSON or not a document change', async () => {
    for (const body of ['{"_type":', '[{"_type":"post"}]', '{"hello":"world"}']) {
      const sent = await call(body, { headers: await signed(body) })
      expect(sent.status).toBe(400)
      expect(JSON.stringify(sent.body).length).toBeLessThan(100)
    }
  })

  it('answers 413 for a body over 64 KB, declared or not', async () => {
    const big = 'x'.repeat(70 * 1024)
    expect((await call(big)).status).toBe(413)
    const declared = await call('{}', { headers: { 'content-length': String(1024 * 1024) } })
    expect(declared).toMatchObject({ status: 413, headers: { connection: 'close' } })
  })

  it('answers 405 with Allow: POST to other methods', async () => {
    const sent = await call('', { method: 'GET' })
    expect(sent).toMatchObject({ status: 405, headers: { allow: 'POST' } })
  })
})
