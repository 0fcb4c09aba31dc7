import '@/lib/server-only.ts'
import { resolveContentSource } from './content-source.ts'

/**
 * Server-side configuration. Secrets (the read token) live only here, behind
 * `server-only`, so a client component that imports this fails the build.
 */
export const contentSourceConfig = resolveContentSource({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
  SANITY_API_HOST: process.env.SANITY_API_HOST,
  NABADO_DATASET_FILE: process.env.NABADO_DATASET_FILE,
})

/**
 * The secret Sanity signs publish webhooks with (GROQ-powered webhook, "Secret" field).
 * Unset: /api/revalidate refuses every call.
 */
export const revalidateSecret = process.env.SANITY_REVALIDATE_SECRET?.trim() || undefined

/**
 * This server's own address, for the scheduled posts' timer to call its own /api/revalidate
 * (lib/freshness/schedule-process.ts). `next start` and the standalone server.js set both
 * before the site's code runs; read when asked.
 */
export function ownOrigin(): string | undefined {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN?.trim()
  if (origin) return origin
  const port = process.env.PORT?.trim()
  return port ? `http://127.0.0.1:${port}` : undefined
}
