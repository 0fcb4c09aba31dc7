import { firstLineOf } from '../text/first-line.ts'

/** What one webhook call refreshed, and what it could not (each logged on one line). */
export type RevalidationReport = { revalidated: string[]; failed: string[] }

/** How many pages are rendered again at once: a publish must not crowd out readers. */
export const REVALIDATE_CONCURRENCY = 4

/**
 * Renders each address again through `revalidate` (Next.js's `res.revalidate`), at most
 * `concurrency` at a time. One failing address is logged and reported; the rest go on.
 * Both lists keep the order of `paths`.
 */
export async function revalidateEach(
  paths: readonly string[],
  revalidate: (path: string) => Promise<void>,
  { concurrency = REVALIDATE_CONCURRENCY, log = console.error } = {},
): Promise<RevalidationReport> {
  const ok = new Array<boolean>(paths.length).fill(false)
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      const index = next++
      const path = paths[index]!
      try {
        await revalidate(path)
        ok[index] = true
      } catch (error) {
        log(`[revalidate] ${path} failed: ${firstLineOf(error)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker))
  return {
    revalidated: paths.filter((_, index) => ok[index]),
    failed: paths.filter((_, index) => !ok[index]),
  }
}

/**
 * The changed document's own addresses first (the article an editor just published, under
 * its new and old slug), then the rest in their order: it is the page its editor opens to
 * check, and the one a reader following a fresh link asks for.
 */
export function ownPathsFirst(
  paths: readonly string[],
  slugs: ReadonlyArray<string | null | undefined>,
): string[] {
  const own = (path: string) => slugs.some((slug) => slug && path.endsWith(`/${slug}`))
  return [...paths.filter(own), ...paths.filter((path) => !own(path))]
}
