import '@/lib/server-only.ts'
import {
  SEARCH_DOCUMENT_QUERY,
  SEARCH_DOCUMENTS_QUERY,
  SEARCH_FINGERPRINT_QUERY,
} from '@/sanity/queries.ts'
import type { SEARCH_DOCUMENTS_QUERY_RESULT } from '@/sanity/types.ts'
import { source, tags } from './active-source.ts'
import { read, readable } from './source.ts'
import type { Readable } from './types.ts'

// What the search index is filled from: through the content door like every read, and always
// fresh (never a cached answer), since the index keeps what it is given until told again.

export type SearchDocument = Readable<SEARCH_DOCUMENTS_QUERY_RESULT[number]>

/** Every post readers may find, newest first. */
export async function listSearchDocuments(): Promise<SearchDocument[]> {
  return readable(await read(source, SEARCH_DOCUMENTS_QUERY, {}, [tags.posts], { fresh: true }))
}

/** One post by id, or null when readers may not see it (a draft, unpublished, deleted). */
export async function getSearchDocument(id: string): Promise<SearchDocument | null> {
  const found = await read(source, SEARCH_DOCUMENT_QUERY, { id }, [tags.posts], { fresh: true })
  return found ? (readable(found) as SearchDocument) : null
}

/** The readable posts in three numbers (see SEARCH_FINGERPRINT_QUERY); equal means unchanged. */
export type ContentFingerprint = { count: number; latest: string | null; seconds: number }

/** The readable posts' fingerprint, for the index to compare with its own. */
export async function searchFingerprint(): Promise<ContentFingerprint> {
  const { count, latest, seconds } = await read(
    source,
    SEARCH_FINGERPRINT_QUERY,
    {},
    [tags.posts],
    {
      fresh: true,
    },
  )
  return { count, latest, seconds }
}
