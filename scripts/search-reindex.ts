// Rebuilds the search index (#25): asks a running instance to read every post through the
// content door and write its index again, in one transaction (readers keep the old index
// until the new one is complete). Usage: npm run search:reindex [-- --url http://127.0.0.1:3000]
// The instance is NEXT_PUBLIC_SITE_URL by default; the token is SANITY_REVALIDATE_SECRET (read
// from the environment, or .env.local / .env). With DATABASE_URL every instance shares the
// index, so one call rebuilds it for all; on PGlite each instance has its own: call each.
// Exit codes: 0 rebuilt, 1 the instance refused or failed, 2 bad arguments or no secret.
import { parseArgs } from 'node:util'

const USAGE = `npm run search:reindex [-- --url <instance address>]
  Rebuilds the search index of a running instance (default: NEXT_PUBLIC_SITE_URL).
  Needs SANITY_REVALIDATE_SECRET, the publish webhook's secret.`

let url: string
try {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  url = (values.url ?? process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(
    /\/+$/,
    '',
  )
  new URL(url)
} catch (error) {
  console.error(`search:reindex: ${error instanceof Error ? error.message : error}\n${USAGE}`)
  process.exit(2)
}

const secret = process.env.SANITY_REVALIDATE_SECRET?.trim()
if (!secret) {
  console.error('search:reindex: SANITY_REVALIDATE_SECRET is not set (the instance checks it)')
  process.exit(2)
}

try {
  const response = await fetch(`${url}/api/search/reindex`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}` },
    signal: AbortSignal.timeout(10 * 60_000),
  })
  const body = (await response.json().catch(() => ({}))) as {
    indexed?: number
    ms?: number
    error?: string
  }
  if (!response.ok) {
    console.error(
      `search:reindex: ${url} answered ${response.status}: ${body.error ?? 'no reason given'}`,
    )
    process.exit(1)
  }
  console.log(`search:reindex: ${url} indexed ${body.indexed} posts in ${body.ms} ms`)
} catch (error) {
  const reason =
    error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : error
  console.error(`search:reindex: cannot reach ${url} (${reason}); is the site running?`)
  process.exit(1)
}
