// @ts-check
// The cache handler Next.js uses for pages and data (next.config.ts `cacheHandler`), chosen at
// start-up from the environment (lib/env/redis.ts):
//
// - no REDIS_URL (the default): each instance caches on its own disk, as `next start` does,
//   minus what would let anyone fill that disk (disk-handler.mjs);
// - REDIS_URL: one cache in Redis shared by every instance, with a local copy in each
//   (shared-handler.mjs; docs/architecture.md, "Scaling out").
//
// `next build` always uses the disk handler: the build's pages go into its output folder.
// Plain JavaScript: Next.js loads this file as is (a dynamic import), at build and run time,
// and traces its imports into the standalone output; Node reads lib/env/redis.ts directly.
// Type-checked all the same (`// @ts-check`, tsconfig.json `checkJs`), as is all of this folder.

import { sharedCacheOfThisProcess } from '../env/redis.ts'
import DiskCacheHandler from './disk-handler.mjs'
import { createSharedCacheHandler } from './shared-handler.mjs'

const sharedCache = sharedCacheOfThisProcess()

export default sharedCache ? createSharedCacheHandler(sharedCache) : DiskCacheHandler
