// Types of redis-link.mjs (plain JavaScript that Next.js loads as is).
import type { RedisClientType } from '@redis/client'
import type { Link } from './types.ts'

export const COMMAND_TIMEOUT_MS: number
export function connectRedisLink(options: {
  url: string
  label: string
  channel: string
  log?: (line: string) => void
  clientName?: string
}): Link & {
  instanceId: string
  client: RedisClientType
  readonly outage: boolean
  close: () => Promise<void>
}
