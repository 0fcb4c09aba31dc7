// Values Next.js caches, as the cache handlers' tests write them (rules.test.ts,
// two-tier.test.ts, redis.test.ts).
import type { CachedValue, CacheEntry } from './rules.mjs'

/**
 * A value with its kind spelled as a string and only the fields a test needs. Next.js names
 * kinds by a const enum (`CachedRouteKind`), which a file compiled on its own (isolatedModules,
 * as Vitest compiles) cannot refer to; the fields a fixture has keep Next.js's own types.
 */
type Written<V> = V extends { kind: infer K extends string }
  ? Partial<Omit<V, 'kind'>> & { kind: `${K}` }
  : never

/** A value Next.js caches, from the fields a test gives it. */
export function cachedValue(value: Written<CachedValue>): CachedValue {
  return value as unknown as CachedValue
}

/** A Pages Router page of this HTML, as Next.js caches it. */
export const pageOf = (html: string) =>
  cachedValue({ kind: 'PAGES', html, pageData: {}, status: 200 })

/** The HTML of an entry's page, or null for a miss (or a value without HTML). */
export const htmlOf = (entry: CacheEntry | null | undefined) =>
  entry?.value && 'html' in entry.value ? entry.value.html : null
