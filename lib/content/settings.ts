import '@/lib/server-only.ts'
import { cache } from 'react'
import { suggestedReadsCount } from '@/lib/article/related-reads.ts'
import { safeHref } from '@/lib/text/safe-url.ts'
import { SITE_SETTINGS_QUERY } from '@/sanity/queries.ts'
import type { SITE_SETTINGS_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'
import { read } from './source.ts'
import { pageAddress } from './page-address.ts'
import type { FooterLink, SiteSettings } from './types.ts'

const DEFAULT_SITE_NAME = 'Nabado'

/**
 * Settings as pages use them: a site name always, a number of suggested reads within bounds,
 * only complete remittance links and only footer links readers can follow.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  // The footer links show pages' titles and addresses: a page's change reaches them too.
  const settings = await read(source, SITE_SETTINGS_QUERY, {}, [tags.settings, tags.pages])
  const support = settings?.support
  return {
    _updatedAt: settings?._updatedAt ?? null,
    siteName: settings?.siteName || DEFAULT_SITE_NAME,
    tagline: settings?.tagline ?? null,
    description: settings?.description ?? null,
    suggestedReads: suggestedReadsCount(settings?.suggestedReads),
    footerLinks: footerLinks(settings?.footerLinks),
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

type FooterLinkResult = NonNullable<NonNullable<SITE_SETTINGS_QUERY_RESULT>['footerLinks']>[number]

/**
 * The footer's links in the editors' order: a page's address and (unless the editor named
 * the link) its title, or an address checked like a body link's. A link to a page that has
 * no address (unpublished, under a missing parent, a slug the site refuses) is left out,
 * and so is a link with neither page nor address, or with no text to show.
 */
function footerLinks(links: FooterLinkResult[] | null | undefined): FooterLink[] {
  return (links ?? []).flatMap(({ _key, label, href, page }) => {
    const target = page ? pageAddress(page) : safeHref(href)
    const text = label?.trim() || page?.title?.trim()
    return target && text ? [{ _key, label: text, href: target }] : []
  })
}
