import '@/lib/server-only.ts'
import { draftMode } from 'next/headers'
import { withDraftReads } from './draft-reads.ts'

// The content door's App Router side: what only the editors' routes (app/preview/, the
// draft-mode API) use. Kept out of lib/content/index.ts because `next/headers` and
// next-sanity's draft-mode helper may not be imported by a Pages Router page, and every
// reader page is one.

export { enableDraftMode } from './draft-mode.ts'

/** Whether this request is an editor's, in draft mode. False outside a request. */
export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

/** Runs a page's loader so that, in draft mode, its reads see drafts (with stega). */
export async function loadForPreview<T>(load: () => Promise<T>): Promise<T> {
  return withDraftReads(await isDraftMode(), load)
}
