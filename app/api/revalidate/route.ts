import { revalidateTag } from 'next/cache'
import { parseBody } from 'next-sanity/webhook'
import type { NextRequest } from 'next/server'
import { parsePublishEvent, tagsForChange } from '@/lib/content'
import { revalidateSecret } from '@/lib/env/server'
import { BodyTooLargeError, readTextWithLimit } from '@/lib/read-body'

/** A webhook projection is a few hundred bytes; anything near this is not from Sanity. */
const MAX_BODY_BYTES = 64 * 1024

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Sanity's GROQ-powered webhook calls this on every publish, unpublish and delete. It checks
 * the signature with the shared secret, then expires exactly the cache tags the change
 * affects, so the next reader gets a freshly rendered page.
 */
export async function POST(request: NextRequest) {
  let text: string
  try {
    text = await readTextWithLimit(request, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return answer(413, { error: 'Body too large' })
    return answer(400, { error: 'Unreadable body' })
  }

  if (!revalidateSecret) {
    console.error('revalidate: SANITY_REVALIDATE_SECRET is not set; refusing webhook')
    return answer(401, { error: 'Invalid signature' })
  }

  let parsed: Awaited<ReturnType<typeof parseBody>>
  try {
    // Sanity's own signature check (next-sanity). No consistency wait: reads go to the
    // API, not the CDN, and readers should see a publish within seconds.
    const copy = new Request(request.url, { method: 'POST', headers: request.headers, body: text })
    parsed = await parseBody(copy as NextRequest, revalidateSecret, false)
  } catch {
    return answer(400, { error: 'Body is not JSON' })
  }
  if (parsed.isValidSignature !== true) return answer(401, { error: 'Invalid signature' })

  const event = parsePublishEvent(parsed.body)
  if (!event) return answer(400, { error: 'Body is not a Sanity document change' })

  const revalidated = tagsForChange(event)
  // Expire now rather than serve stale once: the next request renders fresh content.
  for (const tag of revalidated) revalidateTag(tag, { expire: 0 })
  return answer(200, { revalidated })
}
