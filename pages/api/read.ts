import type { NextApiRequest, NextApiResponse } from 'next'
import { DRAFT_MODE_COOKIE } from '@/lib/addresses/preview.ts'
import { trustedProxies } from '@/lib/env/http.ts'
import { clientAddressOf } from '@/lib/http/client-address.ts'
import { BodyTooLargeError, readNodeTextWithLimit } from '@/lib/http/read-body.ts'
import { processReadDeps } from '@/lib/reads/process-reads.ts'
import { READ_BODY_MAX_BYTES, receiveRead } from '@/lib/reads/receive-read.ts'

// The read beacon (#26, lib/browser/enhance/read-beacon.ts): one POST whose body is the
// article's path. Whether it counted is lib/reads/receive-read.ts's decision; the answer is
// 204 whatever it decided, so that it tells nothing. Only a wrong method (405) or a body too
// large to be a path (413) is answered otherwise, before anything is read or counted.

export const config = { api: { bodyParser: false } }

export default async function read(request: NextApiRequest, response: NextApiResponse) {
  response.setHeader('Cache-Control', 'no-store')
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST')
    return response.status(405).send('Method not allowed: this address only takes POST.')
  }
  let body: string
  try {
    body = await readNodeTextWithLimit(request, READ_BODY_MAX_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      response.setHeader('Connection', 'close')
      return response.status(413).send('Too large: a read is an address of a few hundred bytes.')
    }
    // The client went away mid-body: nobody is left to answer.
    return response.status(204).end()
  }
  await receiveRead(
    {
      method: request.method,
      body,
      userAgent: request.headers['user-agent'],
      fetchSite: header(request.headers['sec-fetch-site']),
      inDraftMode: DRAFT_MODE_COOKIE in request.cookies,
      clientAddress: clientAddressOf(request, trustedProxies),
    },
    processReadDeps(),
  )
  response.status(204).end()
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
