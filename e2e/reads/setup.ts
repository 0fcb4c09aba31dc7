// The read counts' own site (#26): bundled mode with a data folder of its own, so that its
// counts start at zero and no other spec's visits count in them, and a webhook secret, so that
// the spec can have the home page rendered again as a publish would.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { postPath } from '../../lib/addresses/permalink.ts'

export const READS_PORT = 3700
export const readsBaseURL = `http://127.0.0.1:${READS_PORT}`
export const READS_WEBHOOK_SECRET = 'reads-e2e-webhook-secret'

export const readsSiteEnv = {
  NEXT_DIST_DIR: '.next-reads',
  NABADO_DATA_DIR: path.resolve('.e2e-data', 'reads-site'),
  SANITY_REVALIDATE_SECRET: READS_WEBHOOK_SECRET,
  // The spec sends more than a reader would from one address in a minute.
  NABADO_READS_PER_MINUTE: '1000',
}

export type Article = { slug: string; path: string; title: string }

/** The bundled dataset's published posts, newest first, as the site addresses them. */
export function bundledArticles(): Article[] {
  const file = new URL('../../sanity/dataset/production.ndjson', import.meta.url)
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter(
      (doc) =>
        doc._type === 'post' &&
        !String(doc._id).startsWith('drafts.') &&
        typeof doc.publishedAt === 'string' &&
        Date.parse(doc.publishedAt) < Date.now() &&
        typeof (doc.slug as { current?: string } | undefined)?.current === 'string',
    )
    .map((doc) => {
      const slug = (doc.slug as { current: string }).current
      return {
        slug,
        title: String(doc.title),
        path: postPath({ slug, publishedAt: String(doc.publishedAt) }),
      }
    })
    .sort((a, b) => b.path.localeCompare(a.path))
}
