import type { NextApiRequest, NextApiResponse } from 'next'
import { trustedProxies } from '@/lib/env/http.ts'
import { clientAddressOf } from '@/lib/http/client-address.ts'
import { BodyTooLargeError, readNodeTextWithLimit } from '@/lib/http/read-body.ts'
import { createCallbackSourceCheck } from '@/lib/mpesa/callback-allow.ts'
import {
  errorCodeOf,
  logGiving,
  processGiving,
  processGivingDeps,
} from '@/lib/mpesa/giving/process-giving.ts'
import { receiveCallback } from '@/lib/mpesa/giving/receive-callback.ts'
import { noStoreJson, refusedMethod } from '@/lib/http/json-answer.ts'

// Daraja posts each STK push's result here, to the address the push named: the attempt's id
// and an HMAC of it (lib/mpesa/giving/gift-id.ts), since Daraja signs nothing. The steps and
// their answers are lib/mpesa/giving/receive-callback.ts's; this only reads the request.

export const config = { api: { bodyParser: false } }

/** A result callback is about 1 KB; anything near this is not from Daraja. */
const MAX_BODY_BYTES = 16 * 1024

let allowedSource: ((address: string) => boolean) | undefined

export default async function mpesaCallback(request: NextApiRequest, response: NextApiResponse) {
  const answer = noStoreJson<Record<string, unknown>>(response)
  const giving = processGiving()
  if (!giving) return answer(404, { error: 'Not found' })
  if (refusedMethod(request, response, ['POST'])) return
  const from = clientAddressOf(request, trustedProxies)
  allowedSource ??= createCallbackSourceCheck(giving.config.callbackAllow)
  if (!allowedSource(from)) {
    logGiving(`giving callback refused: source ${from} is not in MPESA_CALLBACK_ALLOW`)
    return answer(403, { error: 'Source not allowed' })
  }

  let body: string
  try {
    body = await readNodeTextWithLimit(request, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      response.setHeader('Connection', 'close')
      return answer(413, { error: 'Body too large' })
    }
    return answer(400, { error: 'Unreadable body' })
  }

  try {
    const deps = await processGivingDeps(giving)
    const {
      status,
      body: reply,
      paid,
    } = await receiveCallback(deps, {
      id: request.query.id,
      token: request.query.token,
      body,
      from,
    })
    // "Readers gave KES … this month" on /support: rendered again with this gift in it.
    if (paid) await refreshSupportPage(response)
    return answer(status, reply)
  } catch (error) {
    // The database is down: a 503 makes Daraja deliver again later, and the sweep's query
    // settles the attempt in any case once the database is back.
    console.error(`giving callback: the database did not answer (${errorCodeOf(error)})`)
    return answer(503, { error: 'Try again later' })
  }
}

async function refreshSupportPage(response: NextApiResponse) {
  try {
    await response.revalidate('/support')
  } catch (error) {
    // The page comes back within its revalidation time anyway; the gift is recorded.
    console.error(`giving callback: /support not rendered again (${(error as Error).message})`)
  }
}
