// How the shared-cache end-to-end tests (e2e/redis/, Playwright project `redis`) run: one
// standalone build in Sanity mode against a stand-in of their own, served by two instances
// (A and B) sharing a Redis that the specs start, stop and restart themselves. The stand-in's
// publish webhook goes to instance A only.
import {
  controlStandInOn,
  STAND_IN,
  standInEditorClient,
  standInSiteEnv,
} from '../sanity-mode/setup.ts'

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
export const redisSiteEnv = standInSiteEnv({
  apiUrl: standInUrl,
  httpsPort: REDIS_PORTS.standInHttps,
  siteUrl: instanceUrl(REDIS_PORTS.a),
})

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
export const redisEditorClient = standInEditorClient(standInUrl)

/** This suite's stand-in's control port (see e2e/sanity-mode/setup.ts `standInControl`). */
export function redisStandInControl(action: 'webhooks/settled') {
  return controlStandInOn(REDIS_PORTS.standInControl, action)
}
