import '@/lib/server-only.ts'
import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Whether the reads of the current request may see drafts. Only the App Router's preview
 * routes (app/preview/), which exist for editors in draft mode, ever say yes: they read
 * Next.js's draft-mode cookie and run their loaders inside `withDraftReads`. The reader
 * pages (pages/) cannot import `next/headers` at all, so the content door cannot ask Next.js
 * itself; and outside any request (a build, a getStaticProps) there is nothing to ask.
 */
const draftReads = new AsyncLocalStorage<boolean>()

/** Runs `load` with drafts visible to its reads when `enabled` (an editor in draft mode). */
export function withDraftReads<T>(enabled: boolean, load: () => Promise<T>): Promise<T> {
  return draftReads.run(enabled, load)
}

/** True inside `withDraftReads(true, …)`; false everywhere else. */
export function draftReadsEnabled(): boolean {
  return draftReads.getStore() === true
}
