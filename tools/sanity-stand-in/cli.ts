// Runs the Sanity stand-in as a process, for Playwright's `webServer` or a CI script.
//
//   npm exec -- node tools/sanity-stand-in/cli.ts --dataset-file sanity/dataset/production.ndjson \
//     --http-port 3334 --https-port 3443 --project-id standin
//
// Every flag can also come from the environment (flag --http-port = SANITY_STAND_IN_HTTP_PORT,
// and so on). Once listening it prints one JSON line with its URLs on stdout, answers
// GET <httpUrl>/v1/ping with PONG (a readiness check), and stops cleanly on SIGINT/SIGTERM.

import { createServer } from 'node:http'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '../../lib/freshness/webhook-change.ts'
import { createSanityStandIn, type SanityDocument, type SanityStandIn } from './server.ts'
import { readFlags } from '../stand-in-kit/cli-flags.ts'

const portsOf = (stand: SanityStandIn) => ({
  http: Number(new URL(stand.httpUrl).port),
  https: Number(new URL(stand.httpsUrl).port),
})

/**
 * A control port for tests (loopback only): POST /stop takes the API down as an outage
 * would, POST /start brings it back with the same documents on the same ports;
 * POST /webhooks/pause and /webhooks/resume turn webhook delivery off and on, and POST
 * /webhooks/settled answers once every webhook queued so far has been delivered.
 */
function serveControl(
  controlPort: number,
  actions: Record<string, () => Promise<void>>,
): Promise<void> {
  const server = createServer((req, res) => {
    const action = req.method === 'POST' ? actions[req.url?.slice(1) ?? ''] : undefined
    if (!action) {
      res.writeHead(404).end()
      return
    }
    action().then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    )
  })
  return new Promise((resolve) => server.listen(controlPort, '127.0.0.1', resolve))
}

const FLAGS = {
  'project-id': 'SANITY_STAND_IN_PROJECT_ID',
  dataset: 'SANITY_STAND_IN_DATASET',
  'dataset-file': 'SANITY_STAND_IN_DATASET_FILE',
  'http-port': 'SANITY_STAND_IN_HTTP_PORT',
  'https-port': 'SANITY_STAND_IN_HTTPS_PORT',
  token: 'SANITY_STAND_IN_TOKEN',
  'webhook-url': 'SANITY_STAND_IN_WEBHOOK_URL',
  'webhook-secret': 'SANITY_STAND_IN_WEBHOOK_SECRET',
  'control-port': 'SANITY_STAND_IN_CONTROL_PORT',
} as const

const USAGE = `Usage: node tools/sanity-stand-in/cli.ts [options]
${Object.entries(FLAGS)
  .map(([flag, env]) => `  --${flag.padEnd(15)} (env ${env})`)
  .join('\n')}
Defaults: project id "standin", dataset "production", ports 0 (any free port), no token, no webhook.
A webhook is sent with the site's projection and filter (lib/freshness/webhook-change.ts).`

const readOptions = () => readFlags(FLAGS, USAGE)

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
  const start = (documents?: SanityDocument[], ports = { http: 0, https: 0 }) =>
    createSanityStandIn({
      projectId: options['project-id'] ?? 'standin',
      dataset: options.dataset,
      ...(documents ? { documents } : { datasetFile: options['dataset-file'] }),
      httpPort: ports.http || port(options['http-port'], 'http-port'),
      httpsPort: ports.https || port(options['https-port'], 'https-port'),
      token: options.token,
      // The site's own webhook set-up (README, "Going live with Sanity"): its projection
      // and filter, so the e2e site gets the bodies production gets.
      webhook: options['webhook-url']
        ? {
            url: options['webhook-url'],
            secret: options['webhook-secret'],
            projection: WEBHOOK_PROJECTION,
            filter: WEBHOOK_FILTER,
          }
        : undefined,
    })
  let stopped: { documents: SanityDocument[]; ports: { http: number; https: number } } | null = null
  let stand: SanityStandIn | null = await start()
  if (options['control-port']) {
    await serveControl(port(options['control-port'], 'control-port'), {
      // An outage: both API listeners close (connections are refused), the data is kept.
      stop: async () => {
        if (!stand) return
        const kept = { documents: stand.documents(), ports: portsOf(stand) }
        await stand.close()
        stand = null
        stopped = kept
      },
      'webhooks/pause': async () => stand?.pauseWebhooks(true),
      'webhooks/resume': async () => stand?.pauseWebhooks(false),
      // Answers once every webhook queued so far has been delivered and answered.
      'webhooks/settled': async () => stand?.webhooksSettled(),
      start: async () => {
        if (stand || !stopped) return
        stand = await start(stopped.documents, stopped.ports)
        stopped = null
      },
    })
  }
  if (!stand) throw new Error('stand-in did not start')
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
    ;(stand ? stand.close() : Promise.resolve()).then(
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
