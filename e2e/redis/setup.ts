// How the shared-cache end-to-end tests (e2e/redis/, Playwright project `redis`) run: one
// standalone build in Sanity mode against a stand-in of their own, served by two instances
// (A and B) sharing a Redis that the specs start, stop and restart themselves. The stand-in's
// publish webhook goes to instance A only.
import { createClient } from '@sanity/client'
import { STAND_IN } from '../sanity-mode/setup.ts'

/** The build every instance serves: `next build` with NABADO_OUTPUT=standalone. */
export const REDIS_DIST_DIR = '.next-scale'

/** Ports: instances A, B and the one started later (C); the stand-in; Redis; a counting proxy. */
export const REDIS_PORTS = {
  a: 3471,
  b: 3472,
  c: 3473,
  standInHttp: 3474,
  standInHttps: 3475,
  standInControl: 3476,
  countingProxy: 3477,
  redis: 6391,
} as const

export const instanceUrl = (port: number) => `http://127.0.0.1:${port}`
export const standInUrl = instanceUrl(REDIS_PORTS.standInHttp)
export const redisUrl = `redis://127.0.0.1:${REDIS_PORTS.redis}`

/** The environment of the build and of every instance: what an operator sets in production. */
export const redisSiteEnv = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: STAND_IN.projectId,
  NEXT_PUBLIC_SANITY_DATASET: STAND_IN.dataset,
  SANITY_API_READ_TOKEN: STAND_IN.token,
  SANITY_REVALIDATE_SECRET: STAND_IN.webhookSecret,
  SANITY_API_HOST: standInUrl,
  SANITY_IMAGE_HOST: standInUrl,
  NEXT_PUBLIC_SANITY_STUDIO_API_HOST: `https://localhost:${REDIS_PORTS.standInHttps}`,
  NEXT_PUBLIC_SITE_URL: instanceUrl(REDIS_PORTS.a),
}

/** The stand-in's own settings (its CLI reads them from the environment). */
export const redisStandInEnv = {
  SANITY_STAND_IN_PROJECT_ID: STAND_IN.projectId,
  SANITY_STAND_IN_DATASET: STAND_IN.dataset,
  SANITY_STAND_IN_HTTP_PORT: String(REDIS_PORTS.standInHttp),
  SANITY_STAND_IN_HTTPS_PORT: String(REDIS_PORTS.standInHttps),
  SANITY_STAND_IN_CONTROL_PORT: String(REDIS_PORTS.standInControl),
  SANITY_STAND_IN_TOKEN: STAND_IN.token,
  SANITY_STAND_IN_WEBHOOK_URL: `${instanceUrl(REDIS_PORTS.a)}/api/revalidate`,
  SANITY_STAND_IN_WEBHOOK_SECRET: STAND_IN.webhookSecret,
}

/** The log file of an instance (A and B's webServer commands copy their output there). */
export const instanceLog = (name: string) => `${REDIS_DIST_DIR}/instance-${name}.log`

/**
 * The shell command that serves the standalone build on `port`, as Next.js's documentation
 * says to: public/ and the build's static/ copied beside server.js, which reads PORT and
 * HOSTNAME (the Dockerfile does the same). Its output also goes to `instanceLog(name)`.
 */
export function standaloneServerCommand(name: string, port: number): string {
  const standalone = `${REDIS_DIST_DIR}/standalone`
  return [
    `cp -r public ${standalone}/`,
    `mkdir -p ${standalone}/${REDIS_DIST_DIR}`,
    `cp -r ${REDIS_DIST_DIR}/static ${standalone}/${REDIS_DIST_DIR}/`,
    `(PORT=${port} HOSTNAME=127.0.0.1 node ${standalone}/server.js 2>&1 | tee ${instanceLog(name)})`,
  ].join(' && ')
}

/** An editor's client, writing to this suite's stand-in as the Studio would. */
export const redisEditorClient = createClient({
  projectId: STAND_IN.projectId,
  dataset: STAND_IN.dataset,
  apiVersion: '2025-10-01',
  apiHost: standInUrl,
  useProjectHostname: false,
  useCdn: false,
  token: STAND_IN.token,
})

/** This suite's stand-in's control port (see e2e/sanity-mode/setup.ts `standInControl`). */
export async function redisStandInControl(action: 'webhooks/settled') {
  const response = await fetch(`http://127.0.0.1:${REDIS_PORTS.standInControl}/${action}`, {
    method: 'POST',
  })
  if (!response.ok) throw new Error(`stand-in control ${action} answered ${response.status}`)
}
