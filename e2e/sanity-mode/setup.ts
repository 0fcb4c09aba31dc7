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

/**
 * The environment of a site reading from a stand-in: what an operator sets in production,
 * plus the API hosts that point it at the stand-in (its plain-HTTP API at `apiUrl`, the HTTPS
 * one the Studio's browser uses on `httpsPort`). The shared-cache suite (e2e/redis/) runs a
 * stand-in of its own on other ports.
 */
export function standInSiteEnv({
  apiUrl,
  httpsPort,
  siteUrl,
}: {
  apiUrl: string
  httpsPort: number
  siteUrl: string
}) {
  return {
    NEXT_PUBLIC_SANITY_PROJECT_ID: STAND_IN.projectId,
    NEXT_PUBLIC_SANITY_DATASET: STAND_IN.dataset,
    SANITY_API_READ_TOKEN: STAND_IN.token,
    SANITY_REVALIDATE_SECRET: STAND_IN.webhookSecret,
    SANITY_API_HOST: apiUrl,
    SANITY_IMAGE_HOST: apiUrl,
    NEXT_PUBLIC_SANITY_STUDIO_API_HOST: `https://localhost:${httpsPort}`,
    NEXT_PUBLIC_SITE_URL: siteUrl,
  }
}

/** The environment of the Sanity-mode site. */
export const sanitySiteEnv = standInSiteEnv({
  apiUrl: standInHttpUrl,
  httpsPort: STAND_IN.httpsPort,
  siteUrl: sanitySiteUrl,
})

/**
 * The Sanity-mode site's build folder (playwright.config.ts builds .next-sanity). Like
 * E2E_STAND_IN_URL below, it can point the specs at a second copy (a build and stand-in of
 * one's own on other ports) while the suite's own servers run.
 */
export const SANITY_DIST_DIR = process.env.E2E_SANITY_DIST_DIR ?? '.next-sanity'

/** An editor's client, writing to the stand-in whose API is at `apiHost` as the Studio would. */
export function standInEditorClient(apiHost: string) {
  return createClient({
    projectId: STAND_IN.projectId,
    dataset: STAND_IN.dataset,
    apiVersion: '2025-10-01',
    apiHost,
    useProjectHostname: false,
    useCdn: false,
    token: STAND_IN.token,
  })
}

/** An editor's client for the Sanity-mode site's stand-in. */
export const editorClient = standInEditorClient(process.env.E2E_STAND_IN_URL ?? standInHttpUrl)

/**
 * The stand-in's control port: `stop`/`start` take its API down and back (an outage),
 * `webhooks/pause`/`webhooks/resume` switch its publish webhook off and on.
 */
export function standInControl(action: StandInAction) {
  return controlStandInOn(STAND_IN.controlPort, action)
}

export type StandInAction =
  'stop' | 'start' | 'webhooks/pause' | 'webhooks/resume' | 'webhooks/settled'

/** Asks the stand-in whose control port is `port` for `action` (see `standInControl`). */
export async function controlStandInOn(port: number, action: StandInAction) {
  const response = await fetch(`http://127.0.0.1:${port}/${action}`, { method: 'POST' })
  if (!response.ok) throw new Error(`stand-in control ${action} answered ${response.status}`)
}
