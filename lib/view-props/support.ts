import type { SiteSettings } from '@/lib/content'
import type { GiveFormProps } from './giving.ts'

export type SupportProps = {
  siteName: string
  support: SiteSettings['support']
  /** When the details were last published: the page says when they were checked. */
  updatedAt: string | null
  /** "Give with M-Pesa", where M-Pesa is configured for the till the page shows. */
  give?: GiveFormProps
  /** KES readers gave through the site this month, when the setting shows it and it is above 0. */
  monthTotal?: number
}
