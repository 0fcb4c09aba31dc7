import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Polls `check` every 50 ms until it returns something truthy (returned) or `timeout` runs
 * out (an error naming `what`). A check that throws ends the wait with its error.
 */
export async function until<T>(
  check: () => Promise<T> | T,
  { timeout = 20_000, what = 'condition' } = {},
): Promise<T> {
  const end = Date.now() + timeout
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
    await sleep(50)
  }
}
