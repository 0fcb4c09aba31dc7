import type { MetadataRoute } from 'next'
import { absoluteUrl, SITEMAP_PATH } from '@/lib/seo/site.ts'

/** Crawl everything readers can see; never the Studio, the API or the editors' previews. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/api', '/preview'] }],
    sitemap: absoluteUrl(SITEMAP_PATH),
  }
}
