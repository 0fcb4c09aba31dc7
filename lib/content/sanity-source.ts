import 'server-only'
import { createClient, type QueryParams } from 'next-sanity'
import type { ContentSource } from './source.ts'

type SanityConfig = {
  projectId: string
  dataset: string
  apiVersion: string
  token: string | undefined
  apiHost: string | undefined
}

/** How long a page may serve cached content when a publish webhook was lost. */
export const FALLBACK_REVALIDATE_SECONDS = 3600

/**
 * Production: Sanity's Content Lake through next-sanity's client. Reads are cached by Next.js
 * under their tags, and refreshed when the publish webhook revalidates those tags.
 */
export function createSanitySource(config: SanityConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    // The CDN can lag a publish by a little; tag revalidation wants the fresh answer.
    useCdn: false,
    perspective: 'published',
    // An API-host override (a local stand-in in tests, a proxy in some deployments) is
    // addressed as given, without the project id put in front of its host name.
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })

  return {
    kind: 'sanity',
    fetch<Result>(query: string, params: QueryParams, tags: string[]): Promise<Result> {
      return client.fetch<Result>(query, params, {
        next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS },
      })
    },
  }
}
