import '@/lib/server-only.ts'
import { cache } from 'react'
import { suggestedReadsCount } from '@/lib/related-reads.ts'
import { safeHref } from '@/lib/safe-url.ts'
import { SITE_SETTINGS_QUERY } from '@/sanity/queries.ts'
import { source, tags } from './active-source.ts'
import { read } from './source.ts'
import type { SiteSettings } from './types.ts'

const DEFAULT_SITE_NAME = 'Nabado'

/**
 * Settings as pages use them: a site name always, a number of suggested reads within bounds,
 * and only complete remittance links.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const settings = await read(source, SITE_SETTINGS_QUERY, {}, [tags.settings])
  const support = settings?.support
  return {
    _updatedAt: settings?._updatedAt ?? null,
    siteName: settings?.siteName || DEFAULT_SITE_NAME,
    tagline: settings?.tagline ?? null,
    description: settings?.description ?? null,
    suggestedReads: suggestedReadsCount(settings?.suggestedReads),
    support: support
      ? {
          ...support,
          services: (support.services ?? []).flatMap(({ _key, name, url }) => {
            const href = safeHref(url)
            return name && href ? [{ _key, name, url: href }] : []
          }),
        }
      : null,
  }
})
