import '@/lib/server-only.ts'
import { getSiteSettings, listCategories } from '@/lib/content'
import type { Shell } from '@/lib/view-props/shell.ts'

export async function loadShell(): Promise<Shell> {
  const [{ siteName, tagline, footerLinks }, categories] = await Promise.all([
    getSiteSettings(),
    listCategories(),
  ])
  return { siteName, tagline, categories, footerLinks }
}
