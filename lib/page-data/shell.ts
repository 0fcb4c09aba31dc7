import '@/lib/server-only.ts'
import { getSiteSettings, listCategories, type CategoryLink } from '@/lib/content'

/** What the header and footer around every reader page show. */
export type Shell = { siteName: string; tagline: string | null; categories: CategoryLink[] }

export async function loadShell(): Promise<Shell> {
  const [{ siteName, tagline }, categories] = await Promise.all([
    getSiteSettings(),
    listCategories(),
  ])
  return { siteName, tagline, categories }
}
