import { existsSync, readFileSync, rmSync } from 'node:fs'
import { test as teardown } from '@playwright/test'
import { compose, dockerUnavailable } from './setup.ts'
import { STAND_IN_PIDS } from './run-dir.ts'

// Takes down what stack.setup.ts brought up: the stack (its containers and volumes), then the
// stand-ins, each by its own process group.
teardown('the stack is taken down', () => {
  teardown.skip(dockerUnavailable() !== null, 'no stack was brought up')
  teardown.setTimeout(120_000)
  try {
    compose('down', '-v', '--remove-orphans')
  } finally {
    if (existsSync(STAND_IN_PIDS)) {
      for (const pid of JSON.parse(readFileSync(STAND_IN_PIDS, 'utf8')) as number[]) {
        try {
          process.kill(-pid, 'SIGTERM')
        } catch {
          // Already gone.
        }
      }
      rmSync(STAND_IN_PIDS)
    }
  }
})
