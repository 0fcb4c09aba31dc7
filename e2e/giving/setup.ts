// The giving suite's site: the bundled dataset, M-Pesa configured against the Daraja stand-in
// (tools/daraja-stand-in/, its README's "Pointing the site at it"), PGlite in a data folder
// of its own. Playwright builds and starts it (playwright.config.ts, project "giving").

export const GIVING_PORTS = { site: 3400, daraja: 4010, darajaControl: 4011 } as const

export const GIVING_DIST_DIR = '.next-giving'
export const GIVING_DATA_DIR = '.giving-e2e/data'

export const givingSiteURL = `http://127.0.0.1:${GIVING_PORTS.site}`
export const darajaControlURL = `http://127.0.0.1:${GIVING_PORTS.darajaControl}`

/** The stand-in's defaults (its README): the sandbox's store number and passkey, the bundled till. */
export const givingSiteEnv = {
  MPESA_API_URL: `http://127.0.0.1:${GIVING_PORTS.daraja}`,
  MPESA_CONSUMER_KEY: 'stand-in-consumer-key',
  MPESA_CONSUMER_SECRET: 'stand-in-consumer-secret',
  MPESA_PASSKEY: 'bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919',
  MPESA_SHORTCODE: '174379',
  MPESA_TILL: '9549825',
  MPESA_CALLBACK_URL: givingSiteURL,
  NABADO_DATA_DIR: GIVING_DATA_DIR,
  NEXT_DIST_DIR: GIVING_DIST_DIR,
}

/** The stand-in's command: a prompt's outcome 1.5 s after the push, as a quick phone answers. */
export const darajaStandInCommand = `node tools/daraja-stand-in/cli.ts --port ${GIVING_PORTS.daraja} --control-port ${GIVING_PORTS.darajaControl} --callback-delay 1500`

/**
 * The second instance of the same build (project "giving-postgres"): gifts in a PostgreSQL the
 * spec starts and stops (tests/harness/postgres-server.ts), on a port of its own.
 */
export const GIVING_POSTGRES = { site: 3401, databasePort: 5448 } as const
export const givingPostgresSiteURL = `http://127.0.0.1:${GIVING_POSTGRES.site}`
