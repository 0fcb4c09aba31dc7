import '@/lib/server-only.ts'
import { getSiteSettings, type SiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import { page, type Loaded } from './result.ts'

export type SupportProps = {
  siteName: string
  support: SiteSettings['support']
  /** When the details were last published: the page says when they were checked. */
  updatedAt: string | null
}

/** /support: the donation details from the site settings. */
export async function loadSupport(): Promise<Loaded<SupportProps>> {
  const { siteName, support, _updatedAt } = await getSiteSettings()
  return page(
    { siteName, support, updatedAt: _updatedAt ?? null },
    pageMetadata({
      title: `Support ${siteName}`,
      description:
        'Support Nabado with M-Pesa (Lipa na M-PESA, till number) or from abroad through a remittance service to an M-Pesa wallet.',
      path: '/support',
    }),
  )
}
