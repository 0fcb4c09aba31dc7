// The processes the shared-cache specs start and stop themselves: Debian's redis-server (killed
// and restarted mid-test), a third instance of the site, and a counting proxy in front of the
// stand-in (to see whether an instance asked for content). Each runs as the leader of its own
// process group, stopped by that group.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { createClient } from '@redis/client'
import { stopGroup } from '../../tests/harness/process-group.ts'
import { throwawayRedisArgs } from '../../tests/harness/redis-server.ts'
import { until } from '../../tests/harness/until.ts'

type RedisClient = ReturnType<typeof createClient>
import { instanceLog, REDIS_DIST_DIR, REDIS_PORTS, redisUrl } from './setup.ts'

/** Debian's redis-server on this suite's port, without persistence (a restart starts empty). */
export class RedisServer {
  private child: ChildProcess | null = null

  static assertInstalled() {
    if (spawnSync('redis-server', ['--version']).status !== 0) {
      throw new Error(
        'redis-server is not installed: apt-get install -y redis-server (.ci/run does it)',
      )
    }
  }

  async start() {
    this.child = spawn('redis-server', throwawayRedisArgs(REDIS_PORTS.redis), {
      detached: true,
      stdio: 'ignore',
    })
    await until(() => this.ping(), { what: 'redis-server to answer' })
  }

  /** Killed at once (SIGKILL), as a crash or a lost host would. */
  async kill() {
    await stopGroup(this.child, { signal: 'SIGKILL' })
    this.child = null
  }

  async ping(): Promise<boolean> {
    const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } })
    client.on('error', () => {})
    try {
      await client.connect()
      return (await client.ping()) === 'PONG'
    } catch {
      return false
    } finally {
      if (client.isOpen) await client.close()
    }
  }

  /** Runs `action` with a client of its own (the specs' window into Redis). */
  async with<T>(action: (client: RedisClient) => Promise<T>): Promise<T> {
    const client: RedisClient = createClient({
      url: redisUrl,
      socket: { reconnectStrategy: false },
    })
    client.on('error', () => {})
    await client.connect()
    try {
      return await action(client)
    } finally {
      await client.close()
    }
  }
}

/** The channel the instances of the build under test talk on (lib/cache-handlers/shared-handler.mjs). */
export function changesChannel(): string {
  const buildId = readFileSync(`${REDIS_DIST_DIR}/BUILD_ID`, 'utf8').trim()
  return `nabado:${buildId}:changes`
}

/** The lines an instance has logged, from `offset` (a length from an earlier call) on. */
export function logLines(name: string, offset = 0): { lines: string[]; length: number } {
  let text = ''
  try {
    text = readFileSync(instanceLog(name), 'utf8')
  } catch {
    // Not written yet.
  }
  return { lines: text.slice(offset).split('\n').filter(Boolean), length: text.length }
}

/** Another instance of the same standalone build, its output in its own log file. */
export class Instance {
  private child: ChildProcess | null = null
  readonly name: string
  readonly port: number
  private readonly env: Record<string, string>

  constructor(name: string, port: number, env: Record<string, string>) {
    this.name = name
    this.port = port
    this.env = env
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`
  }

  async start() {
    writeFileSync(instanceLog(this.name), '')
    const standalone = `${REDIS_DIST_DIR}/standalone`
    this.child = spawn(process.execPath, [`${standalone}/server.js`], {
      detached: true,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOSTNAME: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const write = (chunk: Buffer) => appendFileSync(instanceLog(this.name), chunk)
    this.child.stdout?.on('data', write)
    this.child.stderr?.on('data', write)
    // A static file: answering it renders nothing and reads no content.
    await until(
      async () => {
        try {
          return (await fetch(`${this.origin}/logo.png`)).ok
        } catch {
          return false
        }
      },
      { what: `instance ${this.name} to answer`, timeout: 60_000 },
    )
  }

  async stop() {
    await stopGroup(this.child, { signal: 'SIGKILL' })
    this.child = null
  }
}

/**
 * A proxy in front of this suite's stand-in that counts the content queries passing
 * through it: an instance pointed at it (SANITY_API_HOST) that renders a page is seen asking.
 */
export class CountingProxy {
  private server: Server | null = null
  queries: string[] = []

  async start() {
    this.server = createServer((req, res) => {
      if (req.url?.includes('/data/query/')) this.queries.push(req.url)
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: REDIS_PORTS.standInHttp,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        },
      )
      upstream.on('error', () => res.writeHead(502).end())
      req.pipe(upstream)
    })
    await new Promise<void>((resolve) =>
      this.server!.listen(REDIS_PORTS.countingProxy, '127.0.0.1', resolve),
    )
  }

  async stop() {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    )
    this.server = null
  }
}
