// Next.js's own SIGTERM handler (next/dist/server/lib/start-server.js) stops listening, waits
// for every open connection to end, then exits. A client that keeps its connection open holds
// that wait until Node's keep-alive timeout, and in Sanity mode the container's exit was
// measured at 11-15 s (docs/reliability.md). Docker gives 10 s before SIGKILL (issue #27):
// this makes the exit certain. Whatever is still open when the deadline passes is cut; the
// requests in flight had the whole deadline to finish.

/** From the signal to the forced exit: inside docker's 10 s, with room for the exit itself. */
export const SHUTDOWN_DEADLINE_MS = 8_000

const EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const

/**
 * Adds a listener beside Next.js's: it does not replace the graceful shutdown, it bounds it.
 * The timer is unref'd, so a shutdown that finishes sooner is never held up by it.
 */
export function boundShutdown(deadlineMs: number = SHUTDOWN_DEADLINE_MS) {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        console.warn(`[shutdown] still open ${deadlineMs} ms after ${signal}: exiting now`)
        process.exit(EXIT_CODES[signal])
      }, deadlineMs).unref()
    })
  }
}
