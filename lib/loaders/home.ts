import '@/lib/server-only.ts'
import { getPostArchive, getSiteSettings } from '@/lib/content'
import { pagePath, parsePageNumber } from '@/lib/addresses/pagination.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import { SITE_DESCRIPTION } from '@/lib/seo/site.ts'
import { mostReadThisWeek } from '@/lib/reads/most-read-this-week.ts'
import { notFound, page, redirect, type Loaded } from './result.ts'
import type { HomeProps, LatestPageProps } from '@/lib/view-props/home.ts'

/** The home page: the newest article given room, then the rest of the first page. */
export async function loadHome(): Promise<Loaded<HomeProps>> {
  const [archive, settings, mostRead] = await Promise.all([
    getPostArchive(1),
    getSiteSettings(),
    mostReadThisWeek(),
  ])
  return page(
    {
      // Page 1 always exists, even with no posts (getPostArchive is null only past the end).
      archive,
      siteName: settings.siteName,
      tagline: settings.tagline,
      description: settings.description,
      mostRead,
    },
    pageMetadata({
      title: settings.siteName,
      absoluteTitle: true,
      description: settings.description || SITE_DESCRIPTION,
      path: '/',
    }),
  )
}

/** /page/n: the home page's later pages; /page/1 is the home page itself. */
export async function loadLatestPage(n: string): Promise<Loaded<LatestPageProps>> {
  const number = parsePageNumber(n)
  if (number === null) return notFound
  if (number === 1) return redirect('/')
  const archive = await getPostArchive(number)
  if (!archive) return notFound
  return page(
    { archive },
    pageMetadata({
      title: `Latest articles, page ${archive.pagination.page}`,
      path: pagePath('/', archive.pagination.page),
    }),
  )
}
