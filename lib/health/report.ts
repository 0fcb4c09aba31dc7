// What /api/health answers (pages/api/health.ts): the process serves, so the answer is always
// 200; Redis and the database are reported, never failed on. A container's HEALTHCHECK and a
// load balancer must not take an instance out because a shared service is down: every
// instance would go at once, while each can still serve pages (its local copy of the cache,
// the till on /support).

/** A dependency: not configured, reachable, or not reachable just now. */
export type DependencyState = 'off' | 'up' | 'down'

export type HealthReport = {
  status: 'ok' | 'degraded'
  redis: DependencyState
  database: DependencyState
}

/** Redis as the shared cache's link sees it; undefined when there is no link (no REDIS_URL). */
export type RedisLinkState = { readonly up: boolean; readonly outage: boolean } | undefined

/** Where the shared cache keeps its Redis link (lib/cache-handlers/shared-handler.mjs sets it). */
export const REDIS_LINK = Symbol.for('nabado.cache.redisLink')

/** Longer than this and the database counts as down (the check must answer quickly). */
export const DATABASE_CHECK_TIMEOUT_MS = 1000

export function redisState(link: RedisLinkState): DependencyState {
  if (!link) return 'off'
  return link.up && !link.outage ? 'up' : 'down'
}

/** 'up' when `ping` resolves within the timeout, 'down' when it rejects or takes longer. */
export async function databaseState(
  ping: () => Promise<void>,
  timeoutMs = DATABASE_CHECK_TIMEOUT_MS,
): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'down'>((resolve) => {
    timer = setTimeout(() => resolve('down'), timeoutMs)
  })
  const checked = ping().then(
    () => 'up' as const,
    () => 'down' as const,
  )
  try {
    return await Promise.race([checked, late])
  } finally {
    clearTimeout(timer)
  }
}

export function healthReport(redis: DependencyState, database: DependencyState): HealthReport {
  const degraded = redis === 'down' || database === 'down'
  return { status: degraded ? 'degraded' : 'ok', redis, database }
}
