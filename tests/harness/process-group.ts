import type { ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

// The benchmarks and the end-to-end specs start servers (next start, redis-server, nginx) as the
// leaders of their own process groups (spawn with `detached: true`: setsid), so that stopping
// the group stops everything the server started too. This is how such a group is stopped.

export type StopOptions = {
  /** SIGTERM (the default) lets the server shut down; SIGKILL is a crash or a lost host. */
  signal?: NodeJS.Signals
  /**
   * How long to wait for the leader's exit before giving up on it; without it, as long as it
   * takes. The wait never keeps this process alive by itself.
   */
  graceMs?: number
}

/**
 * Signals `child`'s whole process group and resolves when the leader has exited (or after
 * `graceMs`). The signal goes at once, before the first await, so a caller about to
 * process.exit() can still rely on it. Nothing to do when the child never started or has
 * exited; a group that is already gone is not an error.
 */
export function stopGroup(
  child: ChildProcess | null | undefined,
  { signal = 'SIGTERM', graceMs }: StopOptions = {},
): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, signal)
  } catch {
    return Promise.resolve() // The group is gone already.
  }
  if (graceMs === undefined) return exited
  return Promise.race([exited, sleep(graceMs, undefined, { ref: false })])
}
