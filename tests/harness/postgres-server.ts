// A throwaway PostgreSQL from Debian's packages (apt-get install postgresql), started by the
// tests that need a real server: the ledger's suite runs against it as well as PGlite, and
// the giving specs point a second site instance at it through DATABASE_URL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stopGroup } from './process-group.ts'
import { until } from './until.ts'

export type ThrowawayPostgres = {
  /** postgres://nabado@127.0.0.1:<port>/nabado: trust on loopback, no password. */
  url: string
  port: number
  /**
   * Stops the server as a crash would (SIGQUIT, immediate shutdown: no checkpoint, WAL
   * recovery at the next start) or as an operator would (SIGINT, fast shutdown).
   */
  stop(options?: { crash?: boolean }): Promise<void>
  /** Starts it again on the same files and port. */
  start(): Promise<void>
  /** Stops it and removes its files. */
  remove(): Promise<void>
}

/** Debian keeps each major version under /usr/lib/postgresql/<major>/bin; the newest wins. */
export function postgresBinDir(): string | null {
  const override = process.env.NABADO_POSTGRES_BIN
  if (override) return override
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return majors.length ? join(root, majors[0]!, 'bin') : null
}

// PostgreSQL refuses to run as root (CI runs as root): then its commands run as the
// `postgres` user the Debian package creates.
const asRoot = process.getuid?.() === 0

function command(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
}

export async function startThrowawayPostgres(port: number): Promise<ThrowawayPostgres> {
  const binDir = postgresBinDir()
  if (!binDir) throw new Error('PostgreSQL is not installed: apt-get install postgresql')
  const folder = await mkdtemp(join(tmpdir(), 'nabado-postgres-'))
  await chmod(folder, 0o777) // The postgres user writes here when the tests run as root.
  const dataDir = join(folder, 'data')
  const [initdb, initArgs] = command(join(binDir, 'initdb'), [
    '--pgdata',
    dataDir,
    '--username',
    'nabado',
    '--auth',
    'trust',
    '--encoding',
    'UTF8',
    '--no-sync',
  ])
  const init = spawnSync(initdb, initArgs, { encoding: 'utf8' })
  if (init.status !== 0) {
    await rm(folder, { recursive: true, force: true })
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`)
  }

  let server: ChildProcess | null = null
  let output = ''
  const start = async () => {
    const [postgres, args] = command(join(binDir, 'postgres'), [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${folder}`,
      // Throwaway: a crash may lose the last commits, which no test relies on keeping.
      '-c',
      'fsync=off',
      '-c',
      'full_page_writes=off',
    ])
    output = ''
    server = spawn(postgres, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    server.stdout!.on('data', (chunk) => (output += chunk))
    server.stderr!.on('data', (chunk) => (output += chunk))
    await untilAccepting(binDir, port, server, () => output)
  }
  await start()
  await createDatabase(binDir, port)

  const stop = async ({ crash = false }: { crash?: boolean } = {}) => {
    // Not SIGKILL: under runuser the postmaster's backends would outlive it and hold the port.
    await stopGroup(server, { signal: crash ? 'SIGQUIT' : 'SIGINT', graceMs: 20_000 })
    server = null
  }
  return {
    url: `postgres://nabado@127.0.0.1:${port}/nabado`,
    port,
    stop,
    start,
    async remove() {
      await stop()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

async function untilAccepting(
  binDir: string,
  port: number,
  server: ChildProcess,
  output: () => string,
) {
  try {
    await until(
      () => {
        if (server.exitCode !== null) throw new Error(`PostgreSQL exited: ${output()}`)
        const ready = spawnSync(
          join(binDir, 'pg_isready'),
          ['-h', '127.0.0.1', '-p', String(port), '-U', 'nabado'],
          { encoding: 'utf8' },
        )
        return ready.status === 0
      },
      { timeout: 30_000, what: `PostgreSQL to accept connections on ${port}` },
    )
  } catch (error) {
    await stopGroup(server, { signal: 'SIGKILL', graceMs: 5000 })
    throw error
  }
}

async function createDatabase(binDir: string, port: number) {
  const created = spawnSync(
    join(binDir, 'createdb'),
    ['-h', '127.0.0.1', '-p', String(port), '-U', 'nabado', 'nabado'],
    { encoding: 'utf8' },
  )
  if (created.status !== 0) throw new Error(`createdb failed: ${created.stderr}`)
}
