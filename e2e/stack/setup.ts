// How the stack tests (e2e/stack/, Playwright project `stack`, issue #27) run the site as it is
// deployed: the image built from the Dockerfile, deploy/compose.yaml brought up with
// docker-compose (nginx, two instances, Redis, PostgreSQL, all on the host's network on
// 127.0.0.1), the Sanity and Daraja stand-ins on this machine. Ports 3800-3899.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { controlStandInOn, standInEditorClient, STAND_IN } from '../sanity-mode/setup.ts'

export const STACK_PORTS = {
  nginx: 3800,
  a: 3801,
  b: 3802,
  redis: 3803,
  postgres: 3804,
  standInHttp: 3810,
  standInHttps: 3811,
  standInControl: 3812,
  daraja: 3813,
  darajaControl: 3814,
  /** Containers the specs start on their own (read-only root, SIGTERM). */
  spare: 3820,
} as const

export const nginxURL = `http://127.0.0.1:${STACK_PORTS.nginx}`
export const instanceURL = (name: 'a' | 'b') => `http://127.0.0.1:${STACK_PORTS[name]}`
const standInURL = `http://127.0.0.1:${STACK_PORTS.standInHttp}`

/** The image the tests build and run (compose's NABADO_IMAGE). */
export const STACK_IMAGE = 'nabado:stack'
export const COMPOSE_FILE = 'deploy/compose.yaml'
export const COMPOSE_PROJECT = 'nabado-stack'

/** The test secrets: given to the containers at run time, never found in the image's files. */
export const STACK_SECRETS = {
  SANITY_API_READ_TOKEN: STAND_IN.token,
  SANITY_REVALIDATE_SECRET: STAND_IN.webhookSecret,
  POSTGRES_PASSWORD: 'pgStackTestPassword4Vn8Qz2Lw6',
  MPESA_CONSUMER_SECRET: 'stackConsumerSecret9Rb3Tk7Xe1',
  MPESA_PASSKEY: 'stackPasskey2Hd8Wm5Qa3Zc7Vn1Jr4',
}

/**
 * The environment docker-compose reads deploy/compose.yaml with: the README's variables, set to
 * this machine's stand-ins (no registry: local images from deploy/local-images/).
 */
export const stackEnv: Record<string, string> = {
  COMPOSE_PROJECT_NAME: COMPOSE_PROJECT,
  NABADO_IMAGE: STACK_IMAGE,
  NABADO_BASE_IMAGE: 'nabado-base:bookworm',
  NABADO_NGINX_IMAGE: 'nabado-services:bookworm',
  NABADO_REDIS_IMAGE: 'nabado-services:bookworm',
  NABADO_POSTGRES_IMAGE: 'nabado-services:bookworm',
  NGINX_PORT: String(STACK_PORTS.nginx),
  SITE_A_PORT: String(STACK_PORTS.a),
  SITE_B_PORT: String(STACK_PORTS.b),
  REDIS_PORT: String(STACK_PORTS.redis),
  POSTGRES_PORT: String(STACK_PORTS.postgres),
  NEXT_PUBLIC_SITE_URL: nginxURL,
  NEXT_PUBLIC_SANITY_PROJECT_ID: STAND_IN.projectId,
  NEXT_PUBLIC_SANITY_DATASET: STAND_IN.dataset,
  NEXT_PUBLIC_SANITY_STUDIO_API_HOST: `https://localhost:${STACK_PORTS.standInHttps}`,
  SANITY_API_HOST: standInURL,
  SANITY_IMAGE_HOST: standInURL,
  // `npm test` type-checks the project before the end-to-end tests.
  NABADO_SKIP_BUILD_TYPECHECK: '1',
  MPESA_API_URL: `http://127.0.0.1:${STACK_PORTS.daraja}`,
  MPESA_CONSUMER_KEY: 'stand-in-consumer-key',
  MPESA_SHORTCODE: '174379',
  MPESA_TILL: '9549825',
  MPESA_CALLBACK_URL: nginxURL,
  ...STACK_SECRETS,
}

/** The stand-ins' own settings (their CLIs read them from the environment). */
export const sanityStandInEnv = {
  SANITY_STAND_IN_PROJECT_ID: STAND_IN.projectId,
  SANITY_STAND_IN_DATASET: STAND_IN.dataset,
  SANITY_STAND_IN_HTTP_PORT: String(STACK_PORTS.standInHttp),
  SANITY_STAND_IN_HTTPS_PORT: String(STACK_PORTS.standInHttps),
  SANITY_STAND_IN_CONTROL_PORT: String(STACK_PORTS.standInControl),
  SANITY_STAND_IN_TOKEN: STAND_IN.token,
  // Sanity's webhook goes to the public address: nginx passes it to either instance.
  SANITY_STAND_IN_WEBHOOK_URL: `${nginxURL}/api/revalidate`,
  SANITY_STAND_IN_WEBHOOK_SECRET: STAND_IN.webhookSecret,
}

/** The Daraja stand-in, checking the site's consumer secret and passkey (the test secrets). */
export const darajaStandInEnv = {
  DARAJA_STAND_IN_PORT: String(STACK_PORTS.daraja),
  DARAJA_STAND_IN_CONTROL_PORT: String(STACK_PORTS.darajaControl),
  DARAJA_STAND_IN_CONSUMER_SECRET: STACK_SECRETS.MPESA_CONSUMER_SECRET,
  DARAJA_STAND_IN_PASSKEY: STACK_SECRETS.MPESA_PASSKEY,
  DARAJA_STAND_IN_CALLBACK_DELAY: '1500',
}

export const stackEditorClient = standInEditorClient(standInURL)

/**
 * Why the stack cannot run here, or null. In CI (.ci/run installs docker.io and starts dockerd)
 * it must run; elsewhere a machine without dockerd skips it.
 */
export function dockerUnavailable(): string | null {
  if (process.env.CI) return null
  const installed = ['/usr/bin/dockerd', '/usr/sbin/dockerd', '/usr/local/bin/dockerd'].some(
    existsSync,
  )
  if (!installed) return 'dockerd is not installed (apt-get install -y docker.io; see .ci/run)'
  return null
}

/** `docker-compose -f deploy/compose.yaml <args>` with the stack's environment: the README's commands. */
export function compose(...args: string[]): string {
  return execFileSync('docker-compose', ['-f', COMPOSE_FILE, ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...stackEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** `docker <args>`; throws with docker's own message when it fails. */
export function docker(...args: string[]): string {
  const run = spawnSync('docker', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`docker ${args.join(' ')}: ${run.stderr.trim()}`)
  return run.stdout
}

/** The container compose made for `service` (nabado-stack_site-a_1). */
export const containerOf = (service: string) => `${COMPOSE_PROJECT}_${service}_1`

/** The answer of `path` at `origin` (redirects not followed), or the error's message. */
export async function get(origin: string, address: string) {
  const response = await fetch(`${origin}${address}`, { redirect: 'manual' })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

/** Resolves when `url` answers 200, or throws after `timeoutMs`. */
export async function waitFor200(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.ok) return
    } catch {
      // Not up yet.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export const LONELINESS = '/2026/02/20/why-loneliness-is-rising-despite-social-media'
export const LONELINESS_ID = 'post-why-loneliness-is-rising-despite-social-media'
export const TILL = '9549825'

/** Publishes a new title for the loneliness post through the stand-in (its webhook follows). */
export async function publishTitle(label: string) {
  await controlStandInOn(STACK_PORTS.standInControl, 'webhooks/settled')
  const title = `Why Loneliness Keeps Rising (${label} ${Date.now()})`
  await stackEditorClient.patch(LONELINESS_ID).set({ title }).commit()
  return title
}

export const hasTitle = async (origin: string, title: string) =>
  (await get(origin, LONELINESS)).text.includes(title)
