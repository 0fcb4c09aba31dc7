import '@/lib/server-only.ts'
import { findPostPath } from '@/lib/content'
import { readCounter } from '@/lib/db/index.ts'
import { readsPerMinute } from '@/lib/env/reads.ts'
import { createSlugLookup } from './article-slugs.ts'
import { createClientLimit } from './client-limit.ts'
import type { ReadDeps } from './receive-read.ts'

const WARN_EVERY_MS = 60_000

let deps: ReadDeps | undefined

/** The beacon's dependencies in this server: the content door, the database, one limit. */
export function processReadDeps(): ReadDeps {
  if (deps) return deps
  let lastWarning = 0
  deps = {
    slugAt: createSlugLookup(findPostPath),
    count: async (slug, now) => (await readCounter()).count(slug, now),
    allow: createClientLimit({ perMinute: readsPerMinute }),
    now: () => new Date(),
    // The database down means a warning a minute, not one per beacon.
    warn: (message) => {
      const now = Date.now()
      if (now - lastWarning < WARN_EVERY_MS) return
      lastWarning = now
      console.warn(message)
    },
  }
  return deps
}
