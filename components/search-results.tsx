import { Fragment } from 'react'
import type { SearchResult } from '@/lib/content/types.ts'
import { postPath } from '@/lib/addresses/permalink.ts'
import { leadExcerpt, searchExcerpt } from '@/lib/search/excerpt.ts'
import { PostDate } from './post-date.tsx'

type Props = { results: SearchResult[]; terms: string[] }

/** The excerpt to show: around the words in the post's excerpt, else in its body. */
function excerptFor(result: SearchResult, terms: string[]) {
  return (
    searchExcerpt(result.excerpt ?? '', terms) ??
    searchExcerpt(result.text ?? '', terms) ??
    leadExcerpt(result.excerpt || result.text || '')
  )
}

/**
 * Search results, best first, each with a short excerpt where the reader's words are marked.
 * Excerpts are rendered as React text (escaped): a post's text is never treated as HTML.
 */
export function SearchResults({ results, terms }: Props) {
  return (
    <ol className="grid gap-8">
      {results.map((result) => (
        <li key={result._id}>
          <article className="flex flex-col gap-1">
            <p className="flex flex-wrap gap-x-2 text-sm text-muted">
              {result.category ? (
                <span className="font-semibold tracking-wide text-accent uppercase">
                  {result.category.title}
                </span>
              ) : null}
              <PostDate iso={result.publishedAt} />
            </p>
            <h3 className="font-serif text-xl leading-snug font-bold">
              <a href={postPath(result)} className="text-ink hover:underline">
                {result.title}
              </a>
            </h3>
            <p className="font-serif break-words text-muted">
              {excerptFor(result, terms).map((part, index) =>
                part.match ? (
                  <mark
                    key={index}
                    className="rounded-sm bg-accent/15 px-0.5 font-semibold text-ink"
                  >
                    {part.text}
                  </mark>
                ) : (
                  <Fragment key={index}>{part.text}</Fragment>
                ),
              )}
            </p>
          </article>
        </li>
      ))}
    </ol>
  )
}
