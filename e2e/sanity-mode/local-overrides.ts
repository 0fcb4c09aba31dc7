import { createClient } from '@sanity/client'
import { STAND_IN, standInHttpUrl } from './setup.ts'

// The specs that read the Sanity-mode build folder, or write through the stand-in, can be
// pointed at a second copy of both (a helper's own build and stand-in on other ports).

/** The Sanity-mode site's build folder (playwright.config.ts builds .next-sanity). */
export const SANITY_DIST_DIR = process.env.E2E_SANITY_DIST_DIR ?? '.next-sanity'

/** An editor's client on the stand-in the site reads from. */
export const editorClientHere = createClient({
  projectId: STAND_IN.projectId,
  dataset: STAND_IN.dataset,
  apiVersion: '2025-10-01',
  apiHost: process.env.E2E_STAND_IN_URL ?? standInHttpUrl,
  useProjectHostname: false,
  useCdn: false,
  token: STAND_IN.token,
})
