export const RELATED_READS_LIMIT = 4

/**
 * "Suggested reads" under an article: the posts the editor picked, in their order, then the
 * ranked candidates (most shared categories, then newest). Never the post itself, never the
 * same post twice, at most `limit`.
 */
export function rankRelatedReads<Post extends { _id: string }>(
  postId: string,
  picked: ReadonlyArray<Post | null | undefined>,
  candidates: ReadonlyArray<Post>,
  limit = RELATED_READS_LIMIT,
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
