import '@/lib/server-only.ts'
import { createClient, type QueryParams, type SanityClient } from 'next-sanity'
import { cache } from 'react'
import { draftReadsEnabled } from './draft-reads.ts'
import { asPreview } from './preview-query.ts'
import { scheduleEpoch } from '../freshness/schedule-epoch.ts'
import type { ContentSource, ReadOptions } from './source.ts'

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
 * How long one read may take, the client's own retries included (five, 0.1–1.6 s apart, on
 * refused connections and on 429/502/503). A render waiting longer serves nobody.
 */
export const READ_DEADLINE_MS = 10_000

/** Where the Studio lives, for visual editing's click-to-edit links. */
const STUDIO_URL = '/studio'

export function createSanityClient(config: SanityConfig): SanityClient {
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    // The CDN can lag a publish by a little; tag revalidation wants the fresh answer.
    useCdn: false,
    perspective: 'published',
    stega: { enabled: false, studioUrl: STUDIO_URL },
    // An API-host override (a local stand-in in tests, a proxy in some deployments) is
    // addressed as given, without the project id put in front of its host name.
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
}

/**
 * What a page sees when Sanity cannot be reached: no API details, no stack. Pages already
 * rendered keep being served from the cache meanwhile; this only reaches new renders.
 */
export class ContentUnavailableError extends Error {
  constructor() {
    super('Content is temporarily unavailable')
    this.name = 'ContentUnavailableError'
    this.stack = undefined
  }
}

/** One line an operator can act on: which host, and what went wrong (never the token). */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause?.code
  const status = (error as { statusCode?: number })?.statusCode
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return [status ? `HTTP ${status}` : null, cause ?? null, message].filter(Boolean).join(' · ')
}

/**
 * Production: Sanity's Content Lake through next-sanity's client. Published reads are cached
 * by Next.js under their tags and refreshed when the publish webhook revalidates those tags.
 * In draft mode (an editor previewing), reads see drafts with the server-only read token,
 * carry visual-editing markers, and are never cached, so a draft cannot reach a reader.
 */
export function createSanitySource(config: SanityConfig): ContentSource {
  const client = createSanityClient(config)
  const host = config.apiHost ?? `https://${config.projectId}.api.sanity.io`

  // One request per distinct read per render (the page and its metadata ask alike), as
  // Next.js's fetch memoization gave before read() opted out of it; retries happen inside.
  const readOnce = cache((query: string, paramsKey: string, tagsKey: string): Promise<unknown> =>
    readOrExplain(query, JSON.parse(paramsKey) as QueryParams, JSON.parse(tagsKey) as string[]),
  )

  return {
    kind: 'sanity',
    fetch: <Result>(query: string, params: QueryParams, tags: string[], options?: ReadOptions) =>
      (options?.fresh
        ? readOrExplain(query, params, tags, true)
        : readOnce(query, JSON.stringify(params), JSON.stringify(tags))) as Promise<Result>,
  }

  async function readOrExplain(query: string, params: QueryParams, tags: string[], fresh = false) {
    try {
      return await read(query, params, tags, fresh)
    } catch (error) {
      // Next.js signals rendering decisions with errors that carry a digest: not failures.
      if (typeof (error as { digest?: unknown })?.digest === 'string') throw error
      console.error(`[content] Sanity API unavailable at ${host}: ${describeFailure(error)}`)
      throw new ContentUnavailableError()
    }
  }

  async function read(
    query: string,
    params: QueryParams,
    tags: string[],
    fresh: boolean,
  ): Promise<unknown> {
    // A signal of our own opts each read out of Next.js's request memoization, which would
    // otherwise hand the client's retries the first attempt's failure (a memoized rejection
    // or 503) instead of asking again: an API blip of a few hundred milliseconds failed the
    // page after 3 s of retries that never reached the network.
    const signal = AbortSignal.timeout(READ_DEADLINE_MS)
    if (fresh) {
      // The publish webhook: published content as it is now, past every cache.
      return client.fetch(query, params, {
        signal,
        perspective: 'published',
        ...(config.token ? { token: config.token } : {}),
        cache: 'no-store',
      })
    }
    if (config.token && draftReadsEnabled()) {
      return client.fetch(asPreview(query), params, {
        signal,
        perspective: 'drafts',
        token: config.token,
        stega: true,
        cache: 'no-store',
      })
    }
    // The token (when set, for a private dataset) rides along on published reads too. The
    // request tag keys Next.js's data cache by the side of the next scheduled post's moment
    // (lib/freshness/schedule-epoch.ts): no answer from before it is used after it.
    return client.fetch(query, params, {
      signal,
      tag: scheduleEpoch(),
      ...(config.token ? { token: config.token } : {}),
      next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS },
    })
  }
}
