import '@/lib/server-only.ts'
import { getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import { page, type Loaded } from './result.ts'
import type { SupportProps } from '@/lib/view-props/support.ts'

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
