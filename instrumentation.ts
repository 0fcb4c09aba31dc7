// Next.js calls register() once when a server process starts (instrumentation.ts). The site
// uses it for three background jobs: giving by M-Pesa's sweep, which settles attempts whose
// callback never came (lib/mpesa/giving/sweeper.ts), the search index's keeper, which
// fills the index at start-up and keeps it equal to the content (lib/search/keeper-process.ts);
// and the scheduled posts' timer, which refreshes a post's pages when its publish date comes
// (lib/freshness/schedule-process.ts). It also bounds the shutdown: Next.js's own SIGTERM
// handler waits for kept-open connections, and the process must be gone within docker's 10 s
// (lib/http/shutdown-deadline.ts).
// Not during `next build`, not on the Edge.
import { isBuildPhase } from './lib/env/phase.ts'

export async function register() {
  // Written out, not through lib/env: Next.js replaces this exact expression at build time,
  // which drops the import below from the Edge build (the database driver needs Node.js).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs' || isBuildPhase()) return
  const { boundShutdown } = await import('./lib/http/shutdown-deadline.ts')
  boundShutdown()
  const { startGivingSweeper } = await import('./lib/mpesa/giving/sweeper.ts')
  startGivingSweeper()
  const { startSearchWatcher } = await import('./lib/search/keeper-process.ts')
  startSearchWatcher()
  const { startScheduleTimer } = await import('./lib/freshness/schedule-process.ts')
  startScheduleTimer()
}
