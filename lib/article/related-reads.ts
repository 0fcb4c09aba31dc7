/**
 * How many suggested reads an article shows: Settings › "How many suggested reads to show
 * under an article" (siteSettings.suggestedReads), within these bounds; unset, the default.
 * Editors may pick up to the maximum on each post.
 */
export const SUGGESTED_READS_DEFAULT = 7
export const SUGGESTED_READS_MIN = 1
export const SUGGESTED_READS_MAX = 12

/** The setting as the site uses it: a whole number within bounds, the default when unset. */
export function suggestedReadsCount(setting: unknown): number {
  if (typeof setting !== 'number' || !Number.isFinite(setting)) return SUGGESTED_READS_DEFAULT
  return Math.min(SUGGESTED_READS_MAX, Math.max(SUGGESTED_READS_MIN, Math.trunc(setting)))
}

/**
 * "Suggested reads" under an article: the posts the editor picked, in their order, then the
 * ranked candidates (most shared categories, then newest). Never the post itself, never the
 * same post twice, at most `limit`.
 */
export function rankRelatedReads<Post extends { _id: string }>(
  postId: string,
  picked: ReadonlyArray<Post | null | undefined>,
  candidates: ReadonlyArray<Post>,
  limit = SUGGESTED_READS_DEFAULT,
): Post[] {
  const seen = new Set<string>([postId])
  const reads: Post[] = []
  for (const post of [...picked, ...candidates]) {
    if (reads.length >= limit) break
    if (!post || seen.has(post._id)) continue
    seen.add(post._id)
    reads.push(post)
  }
  return reads
}
