import type { NextApiRequest, NextApiResponse } from 'next'
import { processDatabase } from '@/lib/db'
import {
  databaseState,
  healthReport,
  REDIS_LINK,
  redisState,
  type HealthReport,
  type RedisLinkState,
} from '@/lib/health/report.ts'

// The container's HEALTHCHECK (Dockerfile) and load balancers ask this: 200 while the process
// can answer, with Redis and the database reported as degraded, never failed (lib/health/).
export default async function health(
  request: NextApiRequest,
  response: NextApiResponse<HealthReport | { error: string }>,
) {
  response.setHeader('Cache-Control', 'no-store')
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    response.status(405).json({ error: 'Only GET and HEAD.' })
    return
  }
  const link = (globalThis as { [REDIS_LINK]?: RedisLinkState })[REDIS_LINK]
  const database = await databaseState(async () => (await processDatabase()).ping())
  response.status(200).json(healthReport(redisState(link), database))
}
