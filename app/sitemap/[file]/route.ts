import { getSitemapChunk } from '@/lib/content'
import { parseSitemapChunk, renderUrlset, SITEMAP_CONTENT_TYPE } from '@/lib/sitemap/protocol.ts'

export const revalidate = 3600

/** /sitemap/<n>.xml: one numbered sitemap of the index at /sitemap.xml. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const index = parseSitemapChunk((await params).file)
  const entries = index === null ? null : await getSitemapChunk(index)
  if (!entries) return Response.json({ error: 'No such sitemap.' }, { status: 404 })
  return new Response(renderUrlset(entries), {
    headers: { 'Content-Type': SITEMAP_CONTENT_TYPE },
  })
}
