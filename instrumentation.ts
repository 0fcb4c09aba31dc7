// Next.js calls register() once when a server process starts (instrumentation.ts). The site
// uses it for one thing: giving by M-Pesa's background sweep, which settles attempts whose
// callback never came (lib/mpesa/giving/sweeper.ts). Not during `next build`, not on the Edge.
import { isBuildPhase, isNodeRuntime } from './lib/env/phase.ts'

export async function register() {
  if (!isNodeRuntime() || isBuildPhase()) return
  const { startGivingSweeper } = await import('./lib/mpesa/giving/sweeper.ts')
  startGivingSweeper()
}
