// How the end-to-end tests run the site in Sanity mode: the built site reads from a local
// stand-in of Sanity's API through the same configuration production uses (project id,
// dataset, read token, webhook secret), plus the API-host override that points it here.
import { createClient } from '@sanity/client'

export const STAND_IN = {
  projectId: 'e2etest',
  dataset: 'production',
  httpPort: 3334,
  httpsPort: 3443,
  controlPort: 3335,
  // Dummy values: they only have to match between the site and the stand-in. Long and
  // random-looking so that e2e/sanity-mode/secrets.spec.ts finding one in the site's output
  // is a real leak, never a chance match; letters and digits only, so URL- or
  // JSON-escaping would not hide a copy.
  token: 'skE2eDummyReadToken7Qf3Kx9Vb2Nw8Lm4Rt6Yz1',
  webhookSecret: 'whE2eDummyWebhookSecret5Hj8Pd2Ms7Gc4Xn9Tk3',
}

export const SANITY_SITE_PORT = 3200
export const sanitySiteUrl = `http://127.0.0.1:${SANITY_SITE_PORT}`
export const standInHttpUrl = `http://127.0.0.1:${STAND_IN.httpPort}`

/** The environment of the Sanity-mode site: what an operator sets in production. */
export const sanitySiteEnv = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: STAND_IN.projectId,
  NEXT_PUBLIC_SANITY_DATASET: STAND_IN.dataset,
  SANITY_API_READ_TOKEN: STAND_IN.token,
  SANITY_REVALIDATE_SECRET: STAND_IN.webhookSecret,
  SANITY_API_HOST: standInHttpUrl,
  SANITY_IMAGE_HOST: standInHttpUrl,
  NEXT_PUBLIC_SANITY_STUDIO_API_HOST: `https://localhost:${STAND_IN.httpsPort}`,
  NEXT_PUBLIC_SITE_URL: sanitySiteUrl,
}

/**
 * The Sanity-mode site's build folder (playwright.config.ts builds .next-sanity). Like
 * E2E_STAND_IN_URL below, it can point the specs at a second copy (a build and stand-in of
 * one's own on other ports) while the suite's own servers run.
 */
export const SANITY_DIST_DIR = process.env.E2E_SANITY_DIST_DIR ?? '.next-sanity'

/** An editor's client, writing to the stand-in as the Studio would. */
export const editorClient = createClient({
  projectId: STAND_IN.projectId,
  dataset: STAND_IN.dataset,
  apiVersion: '2025-10-01',
  apiHost: process.env.E2E_STAND_IN_URL ?? standInHttpUrl,
  useProjectHostname: false,
  useCdn: false,
  token: STAND_IN.token,
})

/**
 * The stand-in's control port: `stop`/`start` take its API down and back (an outage),
 * `webhooks/pause`/`webhooks/resume` switch its publish webhook off and on.
 */
export async function standInControl(
  action: 'stop' | 'start' | 'webhooks/pause' | 'webhooks/resume' | 'webhooks/settled',
) {
  const response = await fetch(`http://127.0.0.1:${STAND_IN.controlPort}/${action}`, {
    method: 'POST',
  })
  if (!response.ok) throw new Error(`stand-in control ${action} answered ${response.status}`)
}
