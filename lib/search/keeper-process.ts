import '@/lib/server-only.ts'
import { getSearchDocument, listSearchDocuments, searchFingerprint } from '@/lib/content'
import { searchIndex } from '@/lib/db/index.ts'
import { firstLineOf } from '@/lib/text/first-line.ts'
import { createSearchKeeper, type RefreshReport, type SearchKeeper } from './keeper.ts'

/**
 * How often each instance compares its index with the content. A publish reaches the
 * instance that got the webhook at once; this catches the others up (each PGlite instance
 * keeps its own index) and any webhook that was lost.
 */
export const SEARCH_CHECK_EVERY_MS = 30_000

const KEEPER = Symbol.for('nabado.search.keeper')
type KeeperState = { keeper: SearchKeeper; firstFill?: Promise<RefreshReport>; watching?: true }
const globalForKeeper = globalThis as { [KEEPER]?: KeeperState }

/** This process's keeper (on globalThis: Next.js's module graphs share it). */
function state(): KeeperState {
  return (globalForKeeper[KEEPER] ??= {
    keeper: createSearchKeeper({
      index: searchIndex,
      listDocuments: listSearchDocuments,
      getDocument: getSearchDocument,
      fingerprint: searchFingerprint,
    }),
  })
}

export const searchKeeper = (): SearchKeeper => state().keeper

/**
 * Resolves once this process has checked (and if need be filled) its index; a reader's
 * search waits for it, so the first searches after a start never see a half-filled index.
 * A check that fails (database or content down) is tried again by the next caller.
 */
export function searchIndexReady(): Promise<RefreshReport> {
  const current = state()
  const fill = (current.firstFill ??= current.keeper.refresh())
  fill.catch(() => {
    if (current.firstFill === fill) delete current.firstFill
  })
  return fill
}

/**
 * Started once per server process (instrumentation.ts): the first check at once, then one
 * every SEARCH_CHECK_EVERY_MS. One log line when checks start failing, one when they work
 * again. The timer is unref'd: it never keeps a stopping server alive.
 */
export function startSearchWatcher(): void {
  const current = state()
  if (current.watching) return
  current.watching = true
  let failing = false
  const check = async () => {
    try {
      // The first check is the first fill (which a reader's search may have begun already);
      // later ones compare again.
      await (current.firstFill ? current.keeper.refresh() : searchIndexReady())
      if (failing) console.warn('search: the index is being kept current again')
      failing = false
    } catch (error) {
      if (!failing) console.warn(`search: cannot check the index just now (${reasonOf(error)})`)
      failing = true
    }
  }
  void check()
  setInterval(() => void check(), SEARCH_CHECK_EVERY_MS).unref()
}

/** A short reason for a log line: an error's code or first line, never a stack or a URL. */
const reasonOf = (error: unknown) => {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return firstLineOf(error, 120)
}
