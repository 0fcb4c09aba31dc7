// Runs the Daraja stand-in as a process, for Playwright's `webServer`, a benchmark or by hand.
//
//   npm exec -- node tools/daraja-stand-in/cli.ts --port 4010 --control-port 4011
//
// Every flag can also come from the environment (flag --port = DARAJA_STAND_IN_PORT, and so
// on). Once listening it prints one JSON line on stdout (url, controlUrl, credentials),
// answers GET <url>/ping with PONG (a readiness check), and stops cleanly on SIGINT/SIGTERM.

import { readFileSync } from 'node:fs'
import { serveControl } from './control.ts'
import { parseScript, type PhoneScript } from './scripts.ts'
import { createDarajaStandIn, STAND_IN_DEFAULTS } from './server.ts'
import { readFlags } from '../stand-in-kit/cli-flags.ts'

const FLAGS = {
  port: 'DARAJA_STAND_IN_PORT',
  'control-port': 'DARAJA_STAND_IN_CONTROL_PORT',
  'consumer-key': 'DARAJA_STAND_IN_CONSUMER_KEY',
  'consumer-secret': 'DARAJA_STAND_IN_CONSUMER_SECRET',
  passkey: 'DARAJA_STAND_IN_PASSKEY',
  shortcode: 'DARAJA_STAND_IN_SHORTCODE',
  till: 'DARAJA_STAND_IN_TILL',
  'token-lifetime': 'DARAJA_STAND_IN_TOKEN_LIFETIME',
  'callback-delay': 'DARAJA_STAND_IN_CALLBACK_DELAY',
  'timestamp-tolerance': 'DARAJA_STAND_IN_TIMESTAMP_TOLERANCE',
  scripts: 'DARAJA_STAND_IN_SCRIPTS',
} as const

const USAGE = `Usage: node tools/daraja-stand-in/cli.ts [options]
${Object.entries(FLAGS)
  .map(([flag, env]) => `  --${flag.padEnd(20)} (env ${env})`)
  .join('\n')}
Defaults: port 0 (any free port), no control port, the sandbox's shortcode ${STAND_IN_DEFAULTS.shortcode}
and passkey, till ${STAND_IN_DEFAULTS.till}, consumer key/secret "${STAND_IN_DEFAULTS.consumerKey}" /
"${STAND_IN_DEFAULTS.consumerSecret}", token lifetime ${STAND_IN_DEFAULTS.tokenLifetimeSeconds} s, callback delay
${STAND_IN_DEFAULTS.callbackDelayMs} ms, timestamp tolerance ${STAND_IN_DEFAULTS.timestampToleranceMs} ms (0 = unchecked).
--scripts is a JSON file: {"254700000001": {"outcome": "cancelled"}, "default": {...}}.`

const readOptions = () => readFlags(FLAGS, USAGE)

function wholeNumber(value: string | undefined, name: string, max = Infinity): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > max) {
    throw new Error(`--${name} must be a whole number${max < Infinity ? ` up to ${max}` : ''}`)
  }
  return number
}

function readScripts(file: string | undefined): Record<string, PhoneScript> | undefined {
  if (!file) return undefined
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('--scripts must be a JSON object keyed by msisdn or "default"')
  }
  const scripts: Record<string, PhoneScript> = {}
  for (const [key, value] of Object.entries(json)) {
    const script = parseScript(value)
    if (typeof script === 'string') throw new Error(`--scripts ${key}: ${script}`)
    scripts[key] = script
  }
  return scripts
}

async function main(): Promise<void> {
  const options = readOptions()
  const stand = await createDarajaStandIn({
    port: wholeNumber(options.port, 'port', 65535),
    consumerKey: options['consumer-key'],
    consumerSecret: options['consumer-secret'],
    passkey: options.passkey,
    shortcode: options.shortcode,
    till: options.till,
    tokenLifetimeSeconds: wholeNumber(options['token-lifetime'], 'token-lifetime'),
    callbackDelayMs: wholeNumber(options['callback-delay'], 'callback-delay'),
    timestampToleranceMs: wholeNumber(options['timestamp-tolerance'], 'timestamp-tolerance'),
    scripts: readScripts(options.scripts),
  })
  const controlPort = wholeNumber(options['control-port'], 'control-port', 65535)
  const control = controlPort === undefined ? undefined : await serveControl(stand, controlPort)
  console.log(
    JSON.stringify({
      url: stand.url,
      controlUrl: control?.url,
      shortcode: stand.credentials.shortcode,
      till: stand.credentials.till,
      consumerKey: stand.credentials.consumerKey,
    }),
  )
  const stop = () => {
    Promise.all([stand.close(), control?.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`[daraja-stand-in] ${(error as Error).message}`)
  process.exit(1)
})
