import type { ContentFingerprint, SearchDocument } from '@/lib/content/search-documents.ts'
import type { SearchIndex } from './index/index.ts'

// Keeps the search index (lib/search/index/) equal to what readers may see: filled whole when
// the content's fingerprint and the index's own differ (a first start, a new bundled
// dataset, a webhook another instance got), then one post at a time from the publish
// webhook. Every read goes through the content door, made fresh.

/** What the keeper needs; the process's real ones are in keeper-process.ts. */
export type KeeperDeps = {
  index(): Promise<SearchIndex>
  listDocuments(): Promise<SearchDocument[]>
  getDocument(id: string): Promise<SearchDocument | null>
  fingerprint(): Promise<ContentFingerprint>
  log?: (line: string) => void
}

export type RefreshReport = {
  /** Whether the whole index was written again (false: it was already current). */
  rebuilt: boolean
  /** Posts in the index afterwards. */
  count: number
  ms: number
}

/** What one change did to the index. */
export type ChangeOutcome = 'upserted' | 'removed' | 'rebuilt' | 'unchanged'

/** The document types whose changes show in a post's card: its category's name (no author there). */
const CARD_TYPES = new Set(['category'])

export function createSearchKeeper(deps: KeeperDeps) {
  const log = deps.log ?? ((line: string) => console.warn(line))
  let running: Promise<RefreshReport> | null = null

  /**
   * Writes the whole index again when it is stale (or always, with `force`), in one
   * transaction: readers see the old index until the new one is complete. Concurrent calls
   * share one run.
   */
  function refresh({ force = false } = {}): Promise<RefreshReport> {
    running ??= (async () => {
      const index = await deps.index()
      const started = performance.now()
      if (!force) {
        const [content, indexed] = await Promise.all([deps.fingerprint(), index.fingerprint()])
        if (sameFingerprint(content, indexed)) {
          return { rebuilt: false, count: indexed.count, ms: elapsed(started) }
        }
      }
      const documents = await deps.listDocuments()
      await index.replaceAll(documents)
      const ms = elapsed(started)
      log(`search: indexed ${documents.length} posts in ${ms} ms`)
      return { rebuilt: true, count: documents.length, ms }
    })().finally(() => {
      running = null
    })
    return running
  }

  /**
   * Brings one published change into the index: a post is written again, or removed when
   * readers may no longer see it (deleted, unpublished); a category renamed
   * changes the cards of its posts, so the whole index is written again.
   */
  async function applyChange(change: {
    _type: string
    _id: string | null
  }): Promise<ChangeOutcome> {
    if (CARD_TYPES.has(change._type)) {
      await refresh({ force: true })
      return 'rebuilt'
    }
    if (change._type !== 'post' || !change._id) return 'unchanged'
    const index = await deps.index()
    const id = publishedIdOf(change._id)
    const document = await deps.getDocument(id)
    if (document) await index.upsert(document)
    else await index.remove(id)
    return document ? 'upserted' : 'removed'
  }

  return { refresh, applyChange }
}

export type SearchKeeper = ReturnType<typeof createSearchKeeper>

/** Equal when both describe the same posts at the same versions. */
export function sameFingerprint(a: ContentFingerprint, b: ContentFingerprint): boolean {
  const instant = (iso: string | null) => (iso === null ? null : Date.parse(iso))
  return a.count === b.count && a.seconds === b.seconds && instant(a.latest) === instant(b.latest)
}

/** A webhook names the published document; a draft's id (drafts.x) stands for x. */
const publishedIdOf = (id: string) => id.replace(/^drafts\./, '')

const elapsed = (started: number) => Math.round(performance.now() - started)
