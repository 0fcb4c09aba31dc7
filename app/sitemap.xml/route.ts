import { getSitemapChunk, getSitemapPlan } from '@/lib/content'
import {
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_CONTENT_TYPE,
  sitemapChunkPath,
} from '@/lib/sitemap/protocol.ts'
import { absoluteUrl } from '@/lib/seo/site.ts'

export const revalidate = 3600

/**
 * Every address on the site with its last change. Up to 50,000 addresses this is the
 * sitemap itself; past that it becomes an index of /sitemap/<n>.xml, 50,000 in each.
 */
export async function GET(): Promise<Response> {
  const plan = await getSitemapPlan()
  const body =
    plan.chunks === 1
      ? renderUrlset((await getSitemapChunk(0)) ?? [])
      : renderSitemapIndex(
          Array.from({ length: plan.chunks }, (_, index) => ({
            url: absoluteUrl(sitemapChunkPath(index)),
            lastModified: plan.lastModified,
          })),
        )
  return new Response(body, { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE } })
}
