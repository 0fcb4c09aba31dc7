import type { NextApiRequest, NextApiResponse } from 'next'
import { trustedProxies } from '@/lib/env/http.ts'
import { clientAddressOf } from '@/lib/http/client-address.ts'
import { createClientLimit } from '@/lib/reads/client-limit.ts'
import {
  mostReadPosts,
  parseStatsQuery,
  postReadStats,
  type MostReadPost,
} from '@/lib/reads/read-stats.ts'
import type { ReadStats } from '@/lib/reads/counter.ts'
import { firstLineOf } from '@/lib/text/first-line.ts'
import { noStoreJson, refusedMethod } from '@/lib/http/json-answer.ts'

// The Studio's read counts (sanity/reads/): GET ?slug=<slug> for a post's badge, GET
// ?most-read=7|30 for the Most read tool. Open, like the pages they count: the numbers are
// aggregate, per article and day, and hold nothing about a reader (docs/security.md,
// "What readers read"). Bounded: two shapes of question, a limit per address, no store.

export const config = { api: { bodyParser: false } }

/** The Studio asks once per open post and per tool view: 120 a minute is generous. */
const allow = createClientLimit({ perMinute: 120 })

type Answer = { error: string } | ReadStats | { days: number; posts: MostReadPost[] }

export default async function readStats(
  request: NextApiRequest,
  response: NextApiResponse<Answer>,
) {
  const answer = noStoreJson(response)
  if (refusedMethod(request, response, ['GET', 'HEAD'])) return
  const query = parseStatsQuery(request.query)
  if (query.kind === 'invalid') return answer(400, { error: query.message })
  const now = new Date()
  if (!allow(clientAddressOf(request, trustedProxies), now)) {
    response.setHeader('Retry-After', '60')
    return answer(429, { error: 'Too many requests, try again in a minute' })
  }
  try {
    if (query.kind === 'post') return answer(200, await postReadStats(query.slug, now))
    return answer(200, { days: query.days, posts: await mostReadPosts(query.days, now) })
  } catch (error) {
    console.warn(`reads: read stats failed: ${firstLineOf(error)}`)
    return answer(503, { error: 'The read counts cannot be read just now, try again later' })
  }
}
