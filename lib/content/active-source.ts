import '@/lib/server-only.ts'
import path from 'node:path'
import { contentSourceConfig } from '@/lib/env/server.ts'
import { createBundledFileSource } from './bundled-source.ts'
import { createSanitySource } from './sanity-source.ts'
import type { ContentSource } from './source.ts'

/** The bundled dataset shipped with the site, used when no Sanity project is configured. */
const BUNDLED_DATASET = path.join(process.cwd(), 'sanity', 'dataset', 'production.ndjson')

/** The one source every read in lib/content/ goes through, chosen once from the env. */
export const source: ContentSource =
  contentSourceConfig.kind === 'sanity'
    ? createSanitySource(contentSourceConfig)
    : createBundledFileSource(contentSourceConfig.datasetFile ?? BUNDLED_DATASET)

export { tags } from './cache-tags.ts'
