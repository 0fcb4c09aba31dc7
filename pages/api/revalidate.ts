import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import type { NextApiRequest, NextApiResponse } from 'next'
import { parsePublishEvent, pathsForChange } from '@/lib/content'
import { rendersWhenUncached } from '@/lib/freshness/webhook-change.ts'
import { revalidateSecret } from '@/lib/env/server.ts'
import { BodyTooLargeError, readNodeTextWithLimit } from '@/lib/http/read-body.ts'
import {
  ownPathsFirst,
  revalidateEach,
  type RevalidationReport,
} from '@/lib/freshness/revalidate-paths.ts'
import { rearmSchedule, scheduleSecret } from '@/lib/freshness/schedule-process.ts'
import { searchKeeper } from '@/lib/search/keeper-process.ts'
import { firstLineOf } from '@/lib/text/first-line.ts'
import { noStoreJson, refusedMethod } from '@/lib/http/json-answer.ts'

// Sanity's GROQ-powered webhook calls this on every publish, unpublish and delete of a post,
// category, author or the settings (README, "Going live with Sanity"). It checks the
// signature with the shared secret, asks the content door which addresses the change made
// stale (lib/content/stale-paths.ts), and renders each again with `res.revalidate`, so the
// next reader gets the fresh page. The reader pages are Pages Router ISR pages, which
// `revalidateTag` does not reach. The same change goes into the search index at the same
// time (lib/search/keeper.ts). The scheduled posts' timer calls it too, when a post's
// publish date comes, with the same body signed with its own per-process secret
// (lib/freshness/schedule-process.ts); every call re-reads the next scheduled date.

// The signature covers the exact bytes Sanity sent: read them raw, never re-serialised.
export const config = { api: { bodyParser: false } }

/** A webhook projection is a few hundred bytes; anything near this is not from Sanity. */
const MAX_BODY_BYTES = 64 * 1024

type Answer = { error: string } | RevalidationReport

export default async function revalidateWebhook(
  request: NextApiRequest,
  response: NextApiResponse<Answer>,
) {
  const answer = noStoreJson(response)
  if (refusedMethod(request, response, ['POST'])) return

  let text: string
  try {
    text = await readNodeTextWithLimit(request, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of the upload is not read: the connection closes after this answer.
      response.setHeader('Connection', 'close')
      return answer(413, { error: 'Body too large' })
    }
    return answer(400, { error: 'Unreadable body' })
  }

  const signature = request.headers[SIGNATURE_HEADER_NAME]
  // Sanity's webhook, or this process's own timer (a post came due).
  const fromTimer =
    typeof signature === 'string' && (await signedWith(text, signature, scheduleSecret()))
  if (!fromTimer) {
    if (!revalidateSecret) {
      console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set; refusing webhook')
      return answer(401, { error: 'Invalid signature' })
    }
    if (typeof signature !== 'string' || !(await signedWith(text, signature, revalidateSecret))) {
      return answer(401, { error: 'Invalid signature' })
    }
  }

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return answer(400, { error: 'Body is not JSON' })
  }
  const event = parsePublishEvent(body)
  if (!event) return answer(400, { error: 'Body is not a Sanity document change' })

  let paths: string[]
  try {
    paths = await pathsForChange(event)
  } catch {
    // The content source logged why (one line). A 5xx makes Sanity deliver the change
    // again later, when the pages it names can be rendered too.
    return answer(503, { error: 'Content unavailable, try again later' })
  }

  // Only pages already rendered and cached are rendered again (a 404 for the others counts
  // as done): an address no reader has asked for yet renders fresh on its first request.
  // The feed, sitemap and share image are rendered either way (rendersWhenUncached).
  // The App Router routes (feed, sitemap, share image: the share image's drawing is the
  // costliest render) after the pages, so they never hold up the article a reader opens.
  const ordered = [
    ...ownPathsFirst(
      paths.filter((path) => !rendersWhenUncached(path)),
      [event.slug, event.previousSlug],
    ),
    ...paths.filter(rendersWhenUncached),
  ]
  const [report] = await Promise.all([
    revalidateEach(ordered, (path) =>
      response.revalidate(path, { unstable_onlyGenerated: !rendersWhenUncached(path) }),
    ),
    updateSearch(event),
  ])
  // The change may have scheduled, moved or unscheduled a post. Not awaited: the timer's
  // own call arrives here from inside its check, which would then wait for itself.
  void rearmSchedule()
  return answer(200, report)
}

/**
 * The change into the search index. A failure (the database down) is logged and does not
 * fail the webhook: the pages are fresh, and each instance's check every 30 s brings the
 * index up to date once the database answers (lib/search/keeper-process.ts).
 */
async function updateSearch(event: { _type: string; _id: string | null }) {
  try {
    await searchKeeper().applyChange(event)
  } catch (error) {
    console.warn(`[revalidate] search index not updated: ${firstLineOf(error)}`)
  }
}

/** Sanity's own check (@sanity/webhook); a malformed header is a wrong signature. */
async function signedWith(text: string, signature: string, secret: string): Promise<boolean> {
  try {
    return await isValidSignature(text, signature, secret)
  } catch {
    return false
  }
}
