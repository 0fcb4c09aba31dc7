import '@/lib/server-only.ts'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { contentSourceConfig } from '@/lib/env/server.ts'
import { createSanityClient } from './sanity-source.ts'

const notAvailable = async () =>
  Response.json(
    { error: 'Preview needs a Sanity project and a read token.' },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

/**
 * GET /api/draft-mode/enable, called by the Studio's Presentation tool with a one-time
 * secret it stored in the dataset. next-sanity checks that secret with the read token
 * (server-only) and then turns on draft mode for this browser.
 */
export const enableDraftMode: (request: Request) => Promise<Response> =
  contentSourceConfig.kind === 'sanity' && contentSourceConfig.token
    ? defineEnableDraftMode({
        client: createSanityClient(contentSourceConfig).withConfig({
          token: contentSourceConfig.token,
        }),
      }).GET
    : notAvailable
