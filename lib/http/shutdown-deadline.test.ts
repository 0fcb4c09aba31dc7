import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const moduleUrl = new URL('./shutdown-deadline.ts', import.meta.url).href

// A process shaped like next start at its shutdown: a SIGTERM listener that never finishes
// (Next.js waiting for a kept-open connection), and a handle that keeps the process alive.
const waitingServer = (deadlineMs: number) => `
  const { boundShutdown } = await import(${JSON.stringify(moduleUrl)})
  process.on('SIGTERM', () => console.log('graceful shutdown started'))
  boundShutdown(${deadlineMs})
  setInterval(() => {}, 1_000)
  console.log('ready')
`

function start(script: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: fileURLToPath(new URL('.', import.meta.url)),
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

async function untilOutput(read: () => string, text: string) {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (read().includes(text)) return
    await sleep(20)
  }
  throw new Error(`never printed "${text}": ${read()}`)
}

describe('boundShutdown', () => {
  it('exits with 143 once the deadline after SIGTERM passes, though the graceful shutdown still waits', async () => {
    const { child, output } = start(waitingServer(1_000))
    await untilOutput(output, 'ready')
    child.kill('SIGTERM')
    await untilOutput(output, 'graceful shutdown started')
    // Before the deadline it is still running: the graceful shutdown has its time.
    await sleep(200)
    expect(child.exitCode).toBeNull()
    const [code] = await once(child, 'exit')
    expect(code).toBe(143)
    expect(output()).toContain('still open 1000 ms after SIGTERM: exiting now')
  })

  it('never holds up a process that finishes on its own', async () => {
    const { child, output } = start(`
      const { boundShutdown } = await import(${JSON.stringify(moduleUrl)})
      boundShutdown(60_000)
      const keepAlive = setInterval(() => {}, 1_000)
      process.on('SIGTERM', () => clearInterval(keepAlive))
      console.log('ready')
    `)
    await untilOutput(output, 'ready')
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    // Ended by its own listener (the event loop emptied), long before the 60 s deadline.
    expect(code).toBe(0)
    expect(output()).not.toContain('exiting now')
  })
})
