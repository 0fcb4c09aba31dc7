import { spawn, spawnSync } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { stopGroup } from './process-group.ts'

/** A shell leading its own process group, with a `sleep` of its own in that group. */
async function groupWithGrandchild(script = 'sleep 30 & wait') {
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' })
  await sleep(100)
  return child
}

/** Whether any process is left in the group `pgid`, zombies left out. */
function groupAlive(pgid: number): boolean {
  const ps = spawnSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' })
  return ps.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some(([group, stat]) => Number(group) === pgid && !stat?.startsWith('Z'))
}

describe('stopGroup', () => {
  it('stops the leader and what it started, with SIGTERM by default', async () => {
    const child = await groupWithGrandchild()
    await stopGroup(child)
    expect(child.signalCode).toBe('SIGTERM')
    await sleep(100) // The grandchild got the signal with its leader; give it time to go.
    expect(groupAlive(child.pid!)).toBe(false)
  })

  it('sends the signal asked for', async () => {
    const child = await groupWithGrandchild()
    await stopGroup(child, { signal: 'SIGKILL' })
    expect(child.signalCode).toBe('SIGKILL')
  })

  it('gives up waiting after graceMs when the leader ignores the signal', async () => {
    const child = await groupWithGrandchild("trap '' TERM; sleep 30")
    const started = performance.now()
    await stopGroup(child, { graceMs: 300 })
    expect(performance.now() - started).toBeLessThan(2000)
    expect(child.exitCode).toBeNull()
    expect(child.signalCode).toBeNull()
    await stopGroup(child, { signal: 'SIGKILL' })
  })

  it('resolves at once for a child that never started or has exited', async () => {
    await expect(stopGroup(null)).resolves.toBeUndefined()
    const child = spawn('true', { detached: true, stdio: 'ignore' })
    await new Promise((resolve) => child.once('exit', resolve))
    await expect(stopGroup(child)).resolves.toBeUndefined()
  })
})
