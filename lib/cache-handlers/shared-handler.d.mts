// Types of shared-handler.mjs (plain JavaScript that Next.js loads as is).
import type { CacheValueSerializer } from '@fortedigital/nextjs-cache-handler/redis-strings'
import type { Handler } from './types.ts'
import type { connectRedisLink } from './redis-link.mjs'

export const LOCAL_COPY_LIMITS: { maxItemsNumber: number; maxItemSizeBytes: number }
export function keyPrefixOf(buildId: string | undefined): string
export function pruneSharedStore(
  link: ReturnType<typeof connectRedisLink>,
  remote: Handler,
  keyPrefix: string,
): Promise<void>
export function createSharedCacheHandler(config: { url: string; label: string }): unknown
export const gzipSerializer: CacheValueSerializer
