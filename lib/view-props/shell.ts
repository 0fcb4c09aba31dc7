import type { CategoryLink, FooterLink } from '@/lib/content'

/**
 * What the header and footer around every reader page show: the site's name and tagline,
 * the categories, and the editors' footer links (About, Privacy…) in their order.
 */
export type Shell = {
  siteName: string
  tagline: string | null
  categories: CategoryLink[]
  footerLinks: FooterLink[]
}
