// Types of rules.mjs (plain JavaScript that Next.js loads as is), for the TypeScript that uses it.
import type { CacheEntry, CachedValue } from './types.ts'

export const NOTHING_FOUND_TTL_SECONDS: number
export const MIN_EXPIRE_SECONDS: number
export const MAX_EXPIRE_SECONDS: number
export function estimateExpireAge(staleAge: number): number
export function foundNothing(value: unknown): boolean
export function emptySanityAnswer(fetched: unknown): boolean
export function isNothingFound(value: CachedValue | null | undefined): boolean
export function forSharedStore(entry: CacheEntry): CacheEntry
export function withCacheControl(entry: CacheEntry | null): CacheEntry | null
