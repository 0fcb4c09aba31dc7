// Runs the Sanity stand-in as a process, for Playwright's `webServer` or a CI script.
//
//   npm exec -- node e2e/sanity-stand-in/cli.ts --dataset-file sanity/dataset/production.ndjson \
//     --http-port 3334 --https-port 3443 --project-id standin
//
// Every flag can also come from the environment (flag --http-port = SANITY_STAND_IN_HTTP_PORT,
// and so on). Once listening it prints one JSON line with its URLs on stdout, answers
// GET <httpUrl>/v1/ping with PONG (a readiness check), and stops cleanly on SIGINT/SIGTERM.

import { parseArgs } from 'node:util'
import { createSanityStandIn } from './server.ts'

const FLAGS = {
  'project-id': 'SANITY_STAND_IN_PROJECT_ID',
  dataset: 'SANITY_STAND_IN_DATASET',
  'dataset-file': 'SANITY_STAND_IN_DATASET_FILE',
  'http-port': 'SANITY_STAND_IN_HTTP_PORT',
  'https-port': 'SANITY_STAND_IN_HTTPS_PORT',
  token: 'SANITY_STAND_IN_TOKEN',
  'webhook-url': 'SANITY_STAND_IN_WEBHOOK_URL',
  'webhook-secret': 'SANITY_STAND_IN_WEBHOOK_SECRET',
} as const

type Flag = keyof typeof FLAGS

const USAGE = `Usage: node e2e/sanity-stand-in/cli.ts [options]
${Object.entries(FLAGS)
  .map(([flag, env]) => `  --${flag.padEnd(15)} (env ${env})`)
  .join('\n')}
Defaults: project id "standin", dataset "production", ports 0 (any free port), no token, no webhook.`

function readOptions(): Record<Flag, string | undefined> {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const out = {} as Record<Flag, string | undefined>
  for (const [flag, env] of Object.entries(FLAGS) as Array<[Flag, string]>) {
    const value = (values as Record<string, string | boolean | undefined>)[flag]
    out[flag] = (typeof value === 'string' ? value : undefined) ?? (process.env[env] || undefined)
  }
  return out
}

function port(value: string | undefined, name: string): number {
  if (value === undefined) return 0
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0 || number > 65535)
    throw new Error(`--${name} must be a port number`)
  return number
}

async function main(): Promise<void> {
  const options = readOptions()
  if (options['webhook-secret'] && !options['webhook-url'])
    throw new Error('--webhook-secret needs --webhook-url')
  const stand = await createSanityStandIn({
    projectId: options['project-id'] ?? 'standin',
    dataset: options.dataset,
    datasetFile: options['dataset-file'],
    httpPort: port(options['http-port'], 'http-port'),
    httpsPort: port(options['https-port'], 'https-port'),
    token: options.token,
    webhook: options['webhook-url']
      ? { url: options['webhook-url'], secret: options['webhook-secret'] }
      : undefined,
  })
  console.log(
    JSON.stringify({
      httpUrl: stand.httpUrl,
      httpsUrl: stand.httpsUrl,
      httpsProjectUrl: stand.httpsProjectUrl,
      projectId: stand.projectId,
      dataset: stand.dataset,
      certificatePath: stand.certificatePath,
      documents: stand.documents().length,
    }),
  )
  const stop = () => {
    stand.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`[sanity-stand-in] ${(error as Error).message}`)
  process.exit(1)
})
