/**
 * Scale: datasets of 50, 1,000 and 10,000 posts (sanity/dataset/generate-synthetic.ts, under
 * .bench/), each built with `next build` (NABADO_DATASET_FILE=<file>) into its own folder.
 * Reports the build time, the build output size (without Next.js's build cache) and, on a running
 * server whose process has already served the home page, the time of the first request to an
 * article that was never prerendered (the oldest), and of other pages rendered on request.
 * Budgets: build at 10,000 at most 1.5x the build at 50; that first request under 100 ms.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson } from '../lib/dataset/ndjson.ts'
import { postPath } from '../lib/addresses/permalink.ts'
import { datasetFile, writeDataset } from '../sanity/dataset/generate-synthetic.ts'
import { emit, note } from './lib/report.ts'
import { buildSite, folderBytes, PORTS, ROOT, startSite } from './lib/site.ts'

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '50,1000,10000').split(',').map(Number)

type Post = { _id: string; _type: string; slug: { current: string }; publishedAt: string }

/** The two oldest published posts: never among the newest prerendered ones. */
function oldestPosts(file: string): [Post, Post] {
  const posts = parseNdjson(readFileSync(file, 'utf8'), file).filter(
    (doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'),
  ) as Post[]
  posts.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  if (posts.length < 2) throw new Error(`${file} has fewer than two posts`)
  return [posts[0]!, posts[1]!]
}

/** Time until the whole body has arrived, in ms (loopback, so this is the server's time). */
async function timed(url: string) {
  const started = performance.now()
  const response = await fetch(url, { redirect: 'manual' })
  await response.arrayBuffer()
  return { ms: Math.round((performance.now() - started) * 10) / 10, status: response.status }
}

function countFiles(folder: string, suffix: string): number {
  if (!existsSync(folder)) return 0
  let n = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix)) n++
  }
  return n
}

export async function run() {
  const buildMs: Record<number, number> = {}
  for (const size of SIZES) {
    const file = datasetFile(size)
    if (!existsSync(file)) {
      note(`generating ${size} posts`)
      writeDataset(size)
    }
    const dist = `.next-bench-${size}`
    const env = { NABADO_DATASET_FILE: file }
    note(`next build into ${dist} (${path.basename(file)})`)
    buildMs[size] = buildSite(dist, { env })
    const out = path.join(ROOT, dist)
    emit('scale', `posts_${size}.build_s`, Math.round(buildMs[size] / 100) / 10)
    emit(
      'scale',
      `posts_${size}.build_output_mb`,
      Math.round(folderBytes(out, ['cache', 'dev']) / 1e5) / 10,
      {
        prerendered_html: countFiles(path.join(out, 'server', 'app'), '.html'),
        note: 'dist folder without cache/',
      },
    )
    const site = await startSite(dist, PORTS.scale, { env })
    try {
      // A running server has rendered pages before: the dataset is loaded and the layout's
      // reads are answered. /page/2 is rendered per request, so it does that here (and its
      // time is the process's first render, dataset load included).
      const warm = await timed(`${site.origin}/page/2`)
      emit('scale', `posts_${size}.process_first_render_ms`, warm.ms, {
        path: '/page/2',
        note: 'first render in a fresh process: loads and indexes the dataset',
      })
      const [oldest, other] = oldestPosts(file)
      const article = postPath({ slug: oldest.slug.current, publishedAt: oldest.publishedAt })
      // The article route's own code loads on its first render; a running server has
      // rendered some other article before, so one is rendered first (and reported).
      const warmArticle = await timed(
        site.origin + postPath({ slug: other.slug.current, publishedAt: other.publishedAt }),
      )
      emit('scale', `posts_${size}.process_first_article_render_ms`, warmArticle.ms, {
        note: 'first article render in the process: loads the route code',
      })
      const first = await timed(site.origin + article)
      const again = await timed(site.origin + article)
      if (first.status !== 200) throw new Error(`${article} answered ${first.status}`)
      // With fewer posts than the site prerenders, even the oldest was prerendered: say so.
      const prerendered = existsSync(path.join(out, 'server', 'app', `${article.slice(1)}.html`))
      emit('scale', `posts_${size}.first_article_request_ms`, first.ms, {
        path: article,
        prerendered,
        budget_ms: 100,
        budget_met: first.ms < 100,
      })
      emit('scale', `posts_${size}.cached_article_request_ms`, again.ms)
      for (const [name, pagePath] of [
        ['home_page_3', '/page/3'],
        ['category_page_2', '/category/relationships/page/2'],
        ['search', '/search?q=money+trust'],
        ['sitemap', '/sitemap.xml'],
        ['feed', '/feed.xml'],
      ] as const) {
        const result = await timed(site.origin + pagePath)
        emit('scale', `posts_${size}.${name}_request_ms`, result.ms, {
          path: pagePath,
          status: result.status,
        })
      }
    } finally {
      await site.stop()
    }
  }
  if (buildMs[50] && buildMs[10000]) {
    const ratio = buildMs[10000] / buildMs[50]
    emit('scale', 'build_ratio_10000_over_50', Math.round(ratio * 100) / 100, {
      budget: 1.5,
      budget_met: ratio <= 1.5,
    })
  }
  note('scale done')
}
