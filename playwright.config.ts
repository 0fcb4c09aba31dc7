import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import {
  REDIS_DIST_DIR,
  REDIS_PORTS,
  redisSiteEnv,
  redisStandInEnv,
  redisUrl,
  standaloneServerCommand,
} from './e2e/redis/setup.ts'
import { SANITY_SITE_PORT, sanitySiteEnv, STAND_IN } from './e2e/sanity-mode/setup.ts'
import {
  darajaStandInCommand,
  GIVING_PORTS,
  GIVING_POSTGRES,
  givingPostgresSiteURL,
  givingSiteEnv,
  givingSiteURL,
} from './e2e/giving/setup.ts'
import { CHROMIUM_FLAGS, testChromiumPath } from './tests/chromium.ts'
import { READS_PORT, readsBaseURL, readsSiteEnv } from './e2e/reads/setup.ts'
import { nginxURL as stackNginxURL } from './e2e/stack/setup.ts'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${PORT}`
const sanityBaseURL = `http://127.0.0.1:${SANITY_SITE_PORT}`
// The site built from the WordPress fixture export (e2e/wordpress/): its own dataset and port.
const WORDPRESS_PORT = Number(process.env.E2E_WORDPRESS_PORT ?? 3300)
const wordpressBaseURL = `http://127.0.0.1:${WORDPRESS_PORT}`

// `npm test` type-checks the project before the end-to-end tests build it.
const common = { NEXT_TELEMETRY_DISABLED: '1', NABADO_SKIP_BUILD_TYPECHECK: '1' }

// Every server keeps its own data folder (its PGlite: the search index, gifts): a PGlite
// folder is open in one process only. Absolute, since a standalone server changes folder.
const dataDir = (name: string) => ({ NABADO_DATA_DIR: path.resolve('.e2e-data', name) })

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: testChromiumPath(),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    {
      // What readers read (issue #26): the bundled site with read counts of its own.
      name: 'reads',
      testMatch: 'reads/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: readsBaseURL },
    },
    {
      // The site as a fresh clone runs it: no Sanity project, the bundled dataset.
      name: 'bundled',
      testIgnore: [
        'sanity-mode/**',
        'wordpress/**',
        'redis/**',
        'giving/**',
        'giving-postgres/**',
        'stack/**',
        'reads/**',
      ],
      use: { ...devices['Desktop Chrome'], baseURL },
    },
    {
      // The same site built against Sanity's API (a local stand-in of it).
      name: 'sanity',
      testMatch: 'sanity-mode/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: sanityBaseURL, ignoreHTTPSErrors: true },
    },
    {
      // The site serving what the WordPress importer made of e2e/fixtures/wordpress/.
      name: 'wordpress',
      testMatch: 'wordpress/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: wordpressBaseURL },
    },
    {
      // Two instances of one standalone build sharing a cache in Redis (issue #19), in Sanity
      // mode against a stand-in of their own; the specs start and stop Redis themselves.
      name: 'redis',
      testMatch: 'redis/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${REDIS_PORTS.a}` },
    },
    {
      // Giving by M-Pesa (issue #24): the bundled site with M-Pesa pointed at the Daraja
      // stand-in, behind one trusted proxy so that each test can be its own client address.
      name: 'giving',
      testMatch: 'giving/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: givingSiteURL },
    },
    {
      // A second instance of the giving build with its gifts in a PostgreSQL that the spec
      // starts, stops and starts again (tests/harness/postgres-server.ts).
      name: 'giving-postgres',
      testMatch: 'giving-postgres/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: givingPostgresSiteURL },
    },
    {
      // The stack as deployed (issue #27): the image built from the Dockerfile and
      // deploy/compose.yaml brought up (nginx, two instances, Redis, PostgreSQL) by the setup
      // project, broken on purpose by the specs, taken down by the teardown project. No
      // webServer: the containers are the servers. Skipped only where dockerd is not installed.
      name: 'stack-setup',
      testMatch: 'stack/stack.setup.ts',
      teardown: 'stack-teardown',
    },
    { name: 'stack-teardown', testMatch: 'stack/stack.teardown.ts' },
    {
      name: 'stack',
      testMatch: 'stack/**/*.spec.ts',
      dependencies: ['stack-setup'],
      use: { ...devices['Desktop Chrome'], baseURL: stackNginxURL },
    },
  ],
  // The built sites, never the dev server: what readers get. Started in this order; the
  // Sanity-mode build prerenders from the stand-in, so the stand-in comes first.
  webServer: [
    {
      command: `node tools/sanity-stand-in/cli.ts --dataset-file sanity/dataset/production.ndjson`,
      url: `http://127.0.0.1:${STAND_IN.httpPort}/v1/ping`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        SANITY_STAND_IN_PROJECT_ID: STAND_IN.projectId,
        SANITY_STAND_IN_DATASET: STAND_IN.dataset,
        SANITY_STAND_IN_HTTP_PORT: String(STAND_IN.httpPort),
        SANITY_STAND_IN_HTTPS_PORT: String(STAND_IN.httpsPort),
        SANITY_STAND_IN_CONTROL_PORT: String(STAND_IN.controlPort),
        SANITY_STAND_IN_TOKEN: STAND_IN.token,
        SANITY_STAND_IN_WEBHOOK_URL: `${sanityBaseURL}/api/revalidate`,
        SANITY_STAND_IN_WEBHOOK_SECRET: STAND_IN.webhookSecret,
      },
    },
    {
      command: `rm -rf .e2e-data/bundled && next build && next start --hostname 127.0.0.1 --port ${PORT}`,
      url: `${baseURL}/support`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { ...common, ...dataDir('bundled') },
    },
    {
      // Next.js keeps fetched data across builds; a previous run's edits must not leak in.
      command: `rm -rf .next-sanity/cache .e2e-data/sanity && next build && next start --hostname 127.0.0.1 --port ${SANITY_SITE_PORT}`,
      url: `${sanityBaseURL}/support`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { ...common, ...sanitySiteEnv, ...dataDir('sanity'), NEXT_DIST_DIR: '.next-sanity' },
    },
    {
      // Imports the fixture export, then builds and serves the site on it (bundled mode).
      command: `rm -rf .wordpress-e2e .e2e-data/wordpress && node tools/wordpress-import/cli.ts e2e/fixtures/wordpress/nabado-export.xml --out .wordpress-e2e/production.ndjson --redirects .wordpress-e2e/wordpress-redirects.json && next build && next start --hostname 127.0.0.1 --port ${WORDPRESS_PORT}`,
      url: `${wordpressBaseURL}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      env: {
        ...common,
        ...dataDir('wordpress'),
        NEXT_DIST_DIR: '.next-wordpress',
        NABADO_DATASET_FILE: '.wordpress-e2e/production.ndjson',
        NABADO_WORDPRESS_REDIRECTS_FILE: '.wordpress-e2e/wordpress-redirects.json',
      },
    },
    {
      // The shared-cache suite's stand-in: its webhook goes to instance A only.
      command: `node tools/sanity-stand-in/cli.ts --dataset-file sanity/dataset/production.ndjson`,
      url: `http://127.0.0.1:${REDIS_PORTS.standInHttp}/v1/ping`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: redisStandInEnv,
    },
    {
      // One standalone build (NABADO_OUTPUT=standalone) served by instance A, then B. They
      // start before Redis does (the specs start it): each must connect by itself.
      command: `rm -rf ${REDIS_DIST_DIR} .e2e-data/redis-a .e2e-data/redis-b && next build && ${standaloneServerCommand('a', REDIS_PORTS.a)}`,
      url: `http://127.0.0.1:${REDIS_PORTS.a}/support`,
      timeout: 900_000,
      reuseExistingServer: false,
      env: {
        ...common,
        ...redisSiteEnv,
        ...dataDir('redis-a'),
        NEXT_DIST_DIR: REDIS_DIST_DIR,
        NABADO_OUTPUT: 'standalone',
        REDIS_URL: redisUrl,
      },
    },
    {
      command: standaloneServerCommand('b', REDIS_PORTS.b),
      url: `http://127.0.0.1:${REDIS_PORTS.b}/support`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        ...common,
        ...redisSiteEnv,
        ...dataDir('redis-b'),
        NEXT_DIST_DIR: REDIS_DIST_DIR,
        REDIS_URL: redisUrl,
      },
    },
    {
      command: darajaStandInCommand,
      url: `http://127.0.0.1:${GIVING_PORTS.daraja}/ping`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
    {
      // A fresh data folder each run: the limits and the ledger start empty.
      command: `rm -rf ${givingSiteEnv.NABADO_DATA_DIR} && next build && next start --hostname 127.0.0.1 --port ${GIVING_PORTS.site}`,
      url: `${givingSiteURL}/support`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { ...common, ...givingSiteEnv, NABADO_TRUSTED_PROXIES: '1' },
    },
    {
      // Started before its PostgreSQL is: the first gift's request opens the database.
      command: `next start --hostname 127.0.0.1 --port ${GIVING_POSTGRES.site}`,
      url: `${givingPostgresSiteURL}/support`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        ...common,
        ...givingSiteEnv,
        NABADO_TRUSTED_PROXIES: '1',
        MPESA_CALLBACK_URL: givingPostgresSiteURL,
        DATABASE_URL: `postgres://nabado@127.0.0.1:${GIVING_POSTGRES.databasePort}/nabado`,
      },
    },
    {
      // The read counts' site (e2e/reads/): its own build and data folder, counts from zero.
      command: `rm -rf ${readsSiteEnv.NABADO_DATA_DIR} && next build && next start --hostname 127.0.0.1 --port ${READS_PORT}`,
      url: `${readsBaseURL}/support`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { ...common, ...readsSiteEnv },
    },
  ],
})
