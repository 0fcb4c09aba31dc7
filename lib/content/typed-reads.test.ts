import { describe, expect, expectTypeOf, it } from 'vitest'
import { POST_PATHS_QUERY, SITEMAP_COUNTS_QUERY } from '@/sanity/queries.ts'
import type { POST_PATHS_QUERY_RESULT, SITEMAP_COUNTS_QUERY_RESULT } from '@/sanity/types.ts'
import { read, readable, type ContentSource, type QueryResult } from './source.ts'
import type { PostPath } from './types.ts'

// Reads are typed by their query (`read`, source.ts): the result is the type TypeGen
// generated from the query's text, so a query whose projection stops fitting the code that
// reads it fails `tsc` (which checks this file), not a page at run time.

/** A source that answers every query with `answer`, and remembers what it was asked. */
function answering(answer: unknown) {
  const asked: unknown[][] = []
  const source: ContentSource = {
    kind: 'bundled',
    fetch: async <Result>(...args: unknown[]) => {
      asked.push(args)
      return answer as Result
    },
  }
  return { source, asked }
}

const path = { slug: 'a-post', publishedAt: '2025-01-01T06:00:00.000Z' }

describe('read', () => {
  it("is typed by the query: its result is the query's generated result type", async () => {
    const { source, asked } = answering([path])
    const paths = await read(source, POST_PATHS_QUERY, { limit: 1 }, ['posts'])

    expectTypeOf(paths).toEqualTypeOf<POST_PATHS_QUERY_RESULT>()
    expectTypeOf<
      QueryResult<typeof SITEMAP_COUNTS_QUERY>
    >().toEqualTypeOf<SITEMAP_COUNTS_QUERY_RESULT>()
    // A query TypeGen has not seen gives nothing to rely on.
    expectTypeOf<QueryResult<string>>().toBeUnknown()

    // At run time it is the source's answer to the same question.
    expect(paths).toEqual([path])
    expect(asked).toEqual([[POST_PATHS_QUERY, { limit: 1 }, ['posts'], undefined]])
  })

  it('fails tsc where the query does not project what its reader needs', async () => {
    const { source } = answering([path])
    const paths = await read(source, POST_PATHS_QUERY, { limit: 1 }, ['posts'])

    // What the query's filter guarantees (READABLE_POST) is narrowed explicitly.
    const fits: PostPath[] = readable(paths)
    // @ts-expect-error Without the narrowing, a slug may be null as far as TypeGen knows.
    const unnarrowed: PostPath[] = paths

    // A page that needs each post's title, which POST_PATHS_QUERY does not project. (Until
    // reads were typed by their query, PostPath declared this title and nothing checked it.)
    type PageNeedingTitles = Array<{ slug: string; publishedAt: string; title: string }>
    // @ts-expect-error POST_PATHS_QUERY projects no `title`: tsc refuses this reader.
    const needingTitles: PageNeedingTitles = readable(paths)

    // The narrowing changes nothing at run time.
    expect(fits).toBe(paths)
    expect([unnarrowed, needingTitles]).toEqual([paths, paths])
  })
})
