// Types of two-tier.mjs (plain JavaScript that Next.js loads as is).
import type { Handler, Link } from './types.ts'

export const MAX_PENDING_KEYS: number
export function createTwoTierHandler(options: {
  local: Handler
  remote: Handler
  link: Link
  log?: (line: string) => void
}): Handler & { prepare: () => Promise<void> }
