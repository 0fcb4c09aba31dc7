import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, openSync, writeFileSync } from 'node:fs'
import { test as setup } from '@playwright/test'
import {
  compose,
  darajaStandInEnv,
  docker,
  dockerUnavailable,
  instanceURL,
  nginxURL,
  sanityStandInEnv,
  STACK_PORTS,
  waitFor200,
} from './setup.ts'
import { STACK_RUN_DIR, STAND_IN_PIDS } from './run-dir.ts'

// Brings the stack up once for the project's specs (its teardown, stack.teardown.ts, takes it
// down): the local base images (deploy/local-images/), the stand-ins, the image built and
// deploy/compose.yaml started, with the README's commands.

/** Starts `node <args>` in a process group of its own, its output in the run folder. */
function startStandIn(name: string, args: string[], env: Record<string, string>) {
  const log = openSync(`${STACK_RUN_DIR}/${name}.log`, 'w')
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  })
  child.unref()
  return child.pid!
}

setup('the image is built and deploy/compose.yaml is up', async () => {
  const why = dockerUnavailable()
  setup.skip(why !== null, `stack tests skipped: ${why}`)
  setup.setTimeout(900_000)
  try {
    docker('info', '--format', '{{.ServerVersion}}')
  } catch (error) {
    throw new Error(
      `dockerd is installed but does not answer: start it as .ci/run does (setsid dockerd --bridge=none --iptables=false). ${String(error)}`,
    )
  }
  mkdirSync(STACK_RUN_DIR, { recursive: true })
  // A previous run's containers and volumes (its database, its data folders) go first.
  compose('down', '-v', '--remove-orphans')

  execFileSync('bash', ['deploy/local-images/make-base.sh'], { stdio: 'inherit' })
  docker(
    'build',
    '--network',
    'host',
    '-f',
    'deploy/local-images/services.Dockerfile',
    '-t',
    'nabado-services:bookworm',
    'deploy/local-images',
  )

  const pids = [
    startStandIn(
      'sanity-stand-in',
      ['tools/sanity-stand-in/cli.ts', '--dataset-file', 'sanity/dataset/production.ndjson'],
      sanityStandInEnv,
    ),
    startStandIn('daraja-stand-in', ['tools/daraja-stand-in/cli.ts'], darajaStandInEnv),
  ]
  writeFileSync(STAND_IN_PIDS, JSON.stringify(pids))
  // The build prerenders from the Sanity stand-in: it must answer first.
  await waitFor200(`http://127.0.0.1:${STACK_PORTS.standInHttp}/v1/ping`)

  const built = Date.now()
  compose('build', 'site-a')
  console.log(`stack: image built in ${((Date.now() - built) / 1000).toFixed(1)} s`)
  const started = Date.now()
  compose('up', '-d')
  await Promise.all([
    waitFor200(`${instanceURL('a')}/api/health`),
    waitFor200(`${instanceURL('b')}/api/health`),
    waitFor200(`${nginxURL}/support`),
  ])
  console.log(`stack: up and answering in ${((Date.now() - started) / 1000).toFixed(1)} s`)
})
