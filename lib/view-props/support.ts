import type { SiteSettings } from '@/lib/content'

export type SupportProps = {
  siteName: string
  support: SiteSettings['support']
  /** When the details were last published: the page says when they were checked. */
  updatedAt: string | null
}
