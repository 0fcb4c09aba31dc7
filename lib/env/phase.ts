// Which moment of the site's life this process is in, as Next.js says it: read when asked,
// since Next.js sets these before it loads the page or instrumentation that asks.

/** `next build` (rendering pages ahead), not a server. */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'
