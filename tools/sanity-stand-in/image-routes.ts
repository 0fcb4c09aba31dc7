// Sanity's image CDN, as far as the site's pages need it offline: GET
// /images/<projectId>/<dataset>/<hash>-<w>x<h>.<ext> answers the file of that name from the
// bundled dataset's images (public/dataset-images/), whatever the resizing parameters (the
// real CDN would crop and resize; the tests check the parameters in the addresses). Point
// the site at it with SANITY_IMAGE_HOST=<the stand-in's http URL>.

import { readFile } from 'node:fs/promises'
import type { RequestContext } from './context.ts'
import { corsHeaders, writeHead } from './http-util.ts'

const IMAGES_DIR = new URL('../../public/dataset-images/', import.meta.url)

/** Sanity's file names only: no other character can reach the file system. */
const FILE_NAME = /^[0-9a-f]{40}-\d{1,5}x\d{1,5}\.(webp|jpg|png)$/

const MIME_TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
}

function send(ctx: RequestContext, status: number, type: string, body: Buffer | string): void {
  const { req, res } = ctx
  if (res.headersSent || res.writableEnded) return
  writeHead(res, status, {
    ...corsHeaders(req),
    'content-type': type,
    'cache-control': status === 200 ? 'public, max-age=31536000, immutable' : 'no-store',
    'content-length': String(Buffer.byteLength(body)),
  })
  if (ctx.req.method === 'HEAD') res.end()
  else res.end(body)
}

/** Answers an image CDN route; returns false when the path is not one. */
export async function handleImageRoute(ctx: RequestContext): Promise<boolean> {
  const [first, projectId, dataset, file, ...rest] = ctx.segments
  if (first !== 'images' || rest.length > 0 || ctx.method !== 'GET') return false
  const match = file ? FILE_NAME.exec(file) : null
  if (projectId !== ctx.state.projectId || dataset !== ctx.state.dataset || !match) {
    send(ctx, 404, 'text/plain; charset=utf-8', 'Image not found')
    return true
  }
  try {
    const body = await readFile(new URL(file!, IMAGES_DIR))
    send(ctx, 200, MIME_TYPES[match[1]!] ?? 'application/octet-stream', body)
  } catch {
    send(ctx, 404, 'text/plain; charset=utf-8', 'Image not found')
  }
  return true
}
