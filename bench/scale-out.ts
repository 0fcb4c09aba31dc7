/**
 * Scale-out (issue #19): the site as a standalone build (NABADO_OUTPUT=standalone, bundled
 * dataset) with the shared cache in Redis (REDIS_URL), on this one machine.
 *
 * 1. Requests per second and p99, home page and an article, for one instance and for two
 *    instances behind a local nginx (round robin, keep-alive to the instances, no cache:
 *    the instances answer everything), plus one instance straight and one behind the same
 *    nginx, so nginx's own share shows. Every page is in the cache before the runs.
 * 2. The memory Redis holds for the pages of 1,000 and 10,000 posts (the synthetic datasets
 *    of bench/scale.ts): one instance renders every article once (each goes to Redis), then
 *    Redis's `used_memory` less what it used empty. BENCH_SCALE_OUT_PAGES=N renders only the
 *    first N articles of each dataset and extrapolates to all (reported as such).
 *
 * Needs Debian's redis-server and nginx (apt-get install redis-server nginx); both run in the
 * foreground under this process, on loopback, and stop with it. Ports: instances 3480 and
 * 3481, nginx 3482 (two instances) and 3483 (one), Redis 6392.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createClient } from '@redis/client'
import autocannon from 'autocannon'
import { parseNdjson } from '../lib/dataset/ndjson.ts'
import { postPath } from '../lib/addresses/permalink.ts'
import { datasetFile, writeDataset } from '../sanity/dataset/generate-synthetic.ts'
import { stopGroup } from '../tests/harness/process-group.ts'
import { throwawayRedisArgs } from '../tests/harness/redis-server.ts'
import { emit, note } from './lib/report.ts'
import { ARTICLE_PATH, buildSite, ROOT } from './lib/site.ts'

const DIST = '.next-scale-out'
const PORTS = { one: 3480, two: 3481, nginxTwo: 3482, nginxOne: 3483, redis: 6392 } as const
const REDIS_URL = `redis://127.0.0.1:${PORTS.redis}`
const SIZES = (process.env.BENCH_SCALE_OUT_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0)
const PAGE_LIMIT = Number(process.env.BENCH_SCALE_OUT_PAGES ?? 0) || Infinity
const DURATION_S = 20
const CONNECTIONS = 50
const RENDER_CONCURRENCY = 4

const groups = new Set<ChildProcess>()

/** Starts `command` as the leader of its own process group (stopped by `stopStartedGroup`). */
function startGroup(
  command: string,
  args: string[],
  env: Record<string, string | undefined> = process.env,
) {
  const child = spawn(command, args, {
    detached: true,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  groups.add(child)
  return { child, stderr: () => stderr }
}

/** Stops a group `startGroup` started: SIGTERM, then at most 5 s for its leader to exit. */
async function stopStartedGroup(child: ChildProcess) {
  groups.delete(child)
  await stopGroup(child, { graceMs: 5000 })
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

async function waitFor(url: string, what: string, stderr: () => string) {
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    if (await answers(url)) return
    await sleep(100)
  }
  throw new Error(`${what} did not answer in 60 s: ${stderr()}`)
}

/** The standalone build, as the Dockerfile lays it out: public/ and static/ beside server.js. */
function ensureBuild() {
  const standalone = path.join(ROOT, DIST, 'standalone')
  const reuse =
    process.env.BENCH_REUSE_BUILD === '1' && existsSync(path.join(standalone, 'server.js'))
  if (!reuse) {
    note(`next build into ${DIST} (standalone)`)
    buildSite(DIST, { bundledDataset: true, env: { NABADO_OUTPUT: 'standalone' } })
  }
  cpSync(path.join(ROOT, 'public'), path.join(standalone, 'public'), { recursive: true })
  cpSync(path.join(ROOT, DIST, 'static'), path.join(standalone, DIST, 'static'), {
    recursive: true,
  })
  return standalone
}

/** One instance of the standalone server (bundled dataset; the shell's Sanity settings left out). */
async function startInstance(standalone: string, port: number, env: Record<string, string> = {}) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('NEXT_PUBLIC_SANITY_') && !name.startsWith('SANITY_'),
    ),
  )
  const server = startGroup(process.execPath, [path.join(standalone, 'server.js')], {
    ...base,
    ...env,
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    REDIS_URL,
    NEXT_TELEMETRY_DISABLED: '1',
  })
  await waitFor(`http://127.0.0.1:${port}/logo.png`, `instance on ${port}`, server.stderr)
  return server.child
}

async function startRedis() {
  for (const command of ['redis-server', 'nginx']) {
    if (spawnSync('which', [command]).status !== 0)
      throw new Error(`${command} is not installed: apt-get install -y redis-server nginx`)
  }
  const redis = startGroup('redis-server', throwawayRedisArgs(PORTS.redis))
  const client = createClient({ url: REDIS_URL })
  client.on('error', () => {})
  for (let attempt = 0; ; attempt++) {
    try {
      await client.connect()
      break
    } catch (error) {
      if (attempt > 50) throw error
      await sleep(100)
    }
  }
  return { child: redis.child, client }
}

/** nginx in the foreground: :nginxTwo balances both instances, :nginxOne has the first only. */
async function startNginx() {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'nabado-scale-out-nginx-'))
  const upstream = (name: string, ports: number[]) =>
    `upstream ${name} { ${ports.map((port) => `server 127.0.0.1:${port};`).join(' ')} keepalive 64; }`
  const server = (port: number, name: string) => `
    server {
      listen 127.0.0.1:${port};
      location / {
        proxy_pass http://${name};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
      }
    }`
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  ${upstream('two', [PORTS.one, PORTS.two])}
  ${upstream('one', [PORTS.one])}
  ${server(PORTS.nginxTwo, 'two')}
  ${server(PORTS.nginxOne, 'one')}
}
`,
  )
  const nginx = startGroup('nginx', [
    '-p',
    prefix,
    '-e',
    path.join(prefix, 'error.log'),
    '-c',
    path.join(prefix, 'nginx.conf'),
    '-g',
    'daemon off;',
  ])
  await waitFor(`http://127.0.0.1:${PORTS.nginxOne}/logo.png`, 'nginx', nginx.stderr)
  return {
    child: nginx.child,
    cleanup: () => rmSync(prefix, { recursive: true, force: true }),
  }
}

async function load(url: string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    timeout: 30,
  })
  return {
    req_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non_2xx: result.non2xx,
  }
}

async function throughput(standalone: string, redis: Awaited<ReturnType<typeof startRedis>>) {
  await redis.client.flushAll()
  const one = await startInstance(standalone, PORTS.one)
  const two = await startInstance(standalone, PORTS.two)
  const nginx = await startNginx()
  try {
    const setups = [
      { name: 'one_instance', origin: `http://127.0.0.1:${PORTS.one}` },
      { name: 'one_instance_behind_nginx', origin: `http://127.0.0.1:${PORTS.nginxOne}` },
      { name: 'two_instances_behind_nginx', origin: `http://127.0.0.1:${PORTS.nginxTwo}` },
    ]
    for (const page of [
      { name: 'home', path: '/' },
      { name: 'article', path: ARTICLE_PATH },
    ]) {
      // Rendered once (by whichever instance), then in Redis and in each local copy.
      for (const port of [PORTS.one, PORTS.two]) await fetch(`http://127.0.0.1:${port}${page.path}`)
      for (const setup of setups) {
        note(`${setup.name}: ${page.name}, ${DURATION_S} s at ${CONNECTIONS} connections`)
        await autocannon({ url: setup.origin + page.path, connections: 10, duration: 3 })
        const figures = await load(setup.origin + page.path)
        emit('scale_out', `${setup.name}.${page.name}.req_per_s`, figures.req_per_s, {
          ...figures,
          load_average: os.loadavg()[0]!.toFixed(2),
        })
      }
    }
  } finally {
    await stopStartedGroup(nginx.child)
    nginx.cleanup()
    await stopStartedGroup(one)
    await stopStartedGroup(two)
  }
}

async function usedMemory(client: Awaited<ReturnType<typeof startRedis>>['client']) {
  const info = await client.info('memory')
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN)
}

async function memory(standalone: string, redis: Awaited<ReturnType<typeof startRedis>>) {
  for (const size of SIZES) {
    const file = datasetFile(size)
    if (!existsSync(file)) {
      note(`generating ${size} posts`)
      mkdirSync(path.dirname(file), { recursive: true })
      writeDataset(size)
    }
    const posts = parseNdjson(readFileSync(file, 'utf8'), file).filter(
      (doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'),
    ) as unknown as Array<{ slug: { current: string }; publishedAt: string }>
    const paths = posts.map((post) =>
      postPath({ slug: post.slug.current, publishedAt: post.publishedAt }),
    )
    const rendered = paths.slice(0, Math.min(PAGE_LIMIT, paths.length))
    await redis.client.flushAll()
    const instance = await startInstance(standalone, PORTS.one, {
      NABADO_DATASET_FILE: path.resolve(ROOT, file),
    })
    try {
      // The instance is connected (its keys, its tag hashes): what Redis uses with no page.
      await fetch(`http://127.0.0.1:${PORTS.one}/`)
      await redis.client.flushAll()
      const empty = await usedMemory(redis.client)
      note(`rendering ${rendered.length} of ${paths.length} articles (${size} posts)`)
      const started = performance.now()
      let next = 0
      let failures = 0
      await Promise.all(
        Array.from({ length: RENDER_CONCURRENCY }, async () => {
          while (next < rendered.length) {
            const response = await fetch(`http://127.0.0.1:${PORTS.one}${rendered[next++]}`)
            await response.arrayBuffer()
            if (response.status !== 200) failures += 1
          }
        }),
      )
      const seconds = (performance.now() - started) / 1000
      // The tag hashes are written with each entry; nothing else to wait for.
      const used = (await usedMemory(redis.client)) - empty
      const keys = await redis.client.dbSize()
      const perPage = used / rendered.length
      const extrapolated = rendered.length < paths.length
      emit(
        'scale_out',
        `posts_${size}.redis_memory_mb`,
        Math.round((perPage * paths.length) / 1e5) / 10,
        {
          articles: paths.length,
          articles_rendered: rendered.length,
          extrapolated,
          measured_mb: Math.round(used / 1e5) / 10,
          bytes_per_article: Math.round(perPage),
          keys,
          render_failures: failures,
          renders_per_s: Math.round((rendered.length / seconds) * 10) / 10,
        },
      )
    } finally {
      await stopStartedGroup(instance)
    }
  }
}

export async function run() {
  const standalone = ensureBuild()
  const redis = await startRedis()
  const stop = () => {
    // The signals go at once; the exit does not wait for the groups to end.
    for (const child of groups) void stopGroup(child)
    process.exit(130)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    emit('scale_out', 'standalone_mb', Math.round(folderMegabytes(standalone) * 10) / 10, {
      note: 'standalone/ with public/ and static/ copied in: what the image holds of the site',
    })
    await throughput(standalone, redis)
    await memory(standalone, redis)
  } finally {
    await redis.client.close().catch(() => {})
    await stopStartedGroup(redis.child)
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
  note('scale-out done')
}

function folderMegabytes(folder: string): number {
  const result = spawnSync('du', ['-sm', folder], { encoding: 'utf8' })
  return Number(result.stdout.split('\t')[0])
}
