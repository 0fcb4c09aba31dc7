// Sanity's document-id conventions, in one place.
//
// A document's id says which "layer" it belongs to: `drafts.X` is the draft of X,
// `versions.<release>.X` is X inside a content release, and anything else is X itself
// (the published document). Perspectives, auth and webhooks all depend on this split.

export const DRAFTS_PREFIX = 'drafts.'
export const VERSIONS_PREFIX = 'versions.'

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX)
}

/** Published documents are those that are neither a draft nor a release version. */
export function isPublishedId(id: string): boolean {
  return !isDraftId(id) && !isVersionId(id)
}

/**
 * Sanity hides every document whose id has a path segment (a `.`) from requests without
 * read access to private documents: drafts, versions and e.g. `secrets.x` alike.
 */
export function isPrivateId(id: string): boolean {
  return id.includes('.')
}

/** The id of the published document a draft or version belongs to. */
export function getPublishedId(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  if (isVersionId(id)) {
    const rest = id.slice(VERSIONS_PREFIX.length)
    const dot = rest.indexOf('.')
    return dot === -1 ? rest : rest.slice(dot + 1)
  }
  return id
}

/** 'published', 'drafts', or the release name of a `versions.<release>.X` id. */
export function getLayer(id: string): string {
  if (isDraftId(id)) return 'drafts'
  if (isVersionId(id)) {
    const rest = id.slice(VERSIONS_PREFIX.length)
    const dot = rest.indexOf('.')
    return dot === -1 ? rest : rest.slice(0, dot)
  }
  return 'published'
}

export function getDraftId(id: string): string {
  return DRAFTS_PREFIX + getPublishedId(id)
}

/** A random id in the shape Sanity uses for generated document ids and revisions. */
export function randomId(length = 22): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let out = ''
  for (const byte of bytes) out += alphabet[byte % alphabet.length]
  return out
}
