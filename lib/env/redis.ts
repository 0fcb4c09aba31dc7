// Scaling out (docs/architecture.md, "Scaling out"): the shared cache several instances use
// (REDIS_URL, read at run time by lib/cache-handlers/handler.mjs) and the standalone output a container
// image is built from (NABADO_OUTPUT, read by next.config.ts at build time).
//
// Node runs this file directly (the cache handler is plain JavaScript that Next.js loads as
// is), and the standalone output's file tracer copies it without reading it (it cannot parse
// TypeScript), so it imports nothing: lib/server-only.ts's guard is repeated here.
if (typeof window !== 'undefined') {
  throw new Error('This module reads server-only configuration and must never run in a browser.')
}

/** The shared cache: where Redis is, and how to name it in a log line without its password. */
export type SharedCacheConfig = { url: string; label: string }

/**
 * `REDIS_URL` (`redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS): pages
 * and data are then cached in Redis, shared by every instance, with a local copy in each.
 * Unset or blank: no Redis at all, each instance keeps its own cache on its own disk (the
 * default). Anything else stops the server at start-up with a message naming the variable.
 */
export function resolveSharedCache(value: string | undefined): SharedCacheConfig | undefined {
  const trimmed = value?.trim()
  if (!trimmed) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    throw new Error('REDIS_URL must be a URL such as redis://127.0.0.1:6379')
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error('REDIS_URL must start with redis:// or rediss:// (TLS)')
  }
  if (!url.hostname) throw new Error('REDIS_URL must name a host, e.g. redis://redis:6379')
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname)) {
    throw new Error('REDIS_URL may only end with a database number, e.g. redis://redis:6379/0')
  }
  // Logged on outages and recoveries: never the user name or password.
  const label = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`
  return { url: trimmed, label }
}

/**
 * The shared cache of this process, read when the cache handler loads. `next build` never
 * uses one: the build renders into its own output folder whatever the environment says (the
 * image is built without Redis), and the servers fill Redis as they render.
 */
export function sharedCacheOfThisProcess(): SharedCacheConfig | undefined {
  if (process.env.NEXT_PHASE === 'phase-production-build') return undefined
  return resolveSharedCache(process.env.REDIS_URL)
}

/**
 * `NABADO_OUTPUT=standalone` at build time makes `next build` also write
 * `<distDir>/standalone/`: a server.js with only the files and packages it needs, for the
 * container image (Dockerfile). Unset: the usual build served by `next start`.
 */
export function resolveOutput(value: string | undefined): 'standalone' | undefined {
  const trimmed = value?.trim()
  if (!trimmed) return undefined
  if (trimmed === 'standalone') return 'standalone'
  throw new Error('NABADO_OUTPUT may only be "standalone" (or unset)')
}

export const output = resolveOutput(process.env.NABADO_OUTPUT)
