import { expect, test } from '@playwright/test'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { bodyCases, bodyOf, sendBody } from '../helpers/webhook-cases.ts'
import { STAND_IN } from './setup.ts'

// The hostile webhook bodies of the corpus, this time signed with the real secret, so each
// one gets past the signature check and into the JSON parser and the change reader. A
// signature does not make a body safe: each gets a short JSON answer, never a 5xx.

test('signed hostile webhook bodies get a short JSON answer, never a 5xx', async ({
  baseURL,
  request,
}) => {
  test.setTimeout(120_000)
  const failures: string[] = []
  const statuses = new Set<number>()
  for (const c of bodyCases()) {
    const body = bodyOf(c)
    // An empty body cannot be signed; it goes unsigned.
    const headers: Record<string, string> = body
      ? {
          [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(
            body,
            Date.now(),
            STAND_IN.webhookSecret,
          ),
        }
      : {}
    if (c.contentType) headers['content-type'] = c.contentType
    if (c.contentEncoding) headers['content-encoding'] = c.contentEncoding
    const answer = await sendBody(baseURL!, { method: c.method, path: c.path, body, headers })
    const label = `${c.kind}: ${c.input}`
    if ('reset' in answer) {
      failures.push(`${label}: connection ${answer.reset}`)
      continue
    }
    statuses.add(answer.status)
    if (![200, 400, 401, 413].includes(answer.status)) failures.push(`${label}: ${answer.status}`)
    if (!answer.contentType?.startsWith('application/json'))
      failures.push(`${label}: answered ${answer.contentType}`)
    if (answer.body.length > 300) failures.push(`${label}: a ${answer.body.length}-byte answer`)
  }
  expect(failures).toEqual([])
  // The signature was accepted (a 400 or 200 comes after it), so the parser really ran.
  expect(statuses).toContain(400)
  expect(statuses).toContain(413)
  expect((await request.get('/')).status()).toBe(200)
})
