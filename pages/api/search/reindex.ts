import { timingSafeEqual } from 'node:crypto'
import type { NextApiRequest, NextApiResponse } from 'next'
import { revalidateSecret } from '@/lib/env/server.ts'
import { searchKeeper } from '@/lib/search/keeper-process.ts'
import { firstLineOf } from '@/lib/text/first-line.ts'
import { noStoreJson, refusedMethod } from '@/lib/http/json-answer.ts'

// `npm run search:reindex` (scripts/search-reindex.ts) calls this on a running instance: the
// index is rebuilt inside the server that owns it (a PGlite data folder is open in one
// process only; with DATABASE_URL every instance shares the one it rebuilds). The caller
// proves itself with the webhook's secret, SANITY_REVALIDATE_SECRET, as a bearer token.

// No body is read: the request says everything in its method and its header.
export const config = { api: { bodyParser: false } }

type Answer = { error: string } | { indexed: number; ms: number }

export default async function reindexSearch(
  request: NextApiRequest,
  response: NextApiResponse<Answer>,
) {
  const answer = noStoreJson(response)
  if (refusedMethod(request, response, ['POST'])) return
  if (!revalidateSecret || !isBearer(request.headers.authorization, revalidateSecret)) {
    return answer(401, { error: 'Unauthorized' })
  }
  try {
    const { count, ms } = await searchKeeper().refresh({ force: true })
    return answer(200, { indexed: count, ms })
  } catch (error) {
    console.warn(`search: reindex failed: ${firstLineOf(error)}`)
    return answer(503, { error: 'The index could not be rebuilt just now, try again later' })
  }
}

/** `Authorization: Bearer <secret>`, compared in constant time. */
function isBearer(header: string | undefined, secret: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer (.+)$/)?.[1] ?? '')
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
