import { tags } from './cache-tags.ts'

/** What Sanity's publish webhook sends (the projection set up in its manage screen). */
export type PublishEvent = {
  _type: string
  slug?: string | null
  previousSlug?: string | null
}

/**
 * The cache tags a published change affects. A post: its own page (under its new and old
 * slug) and every list it can appear in (home, archives, other articles' suggested reads:
 * all tagged `posts`). Settings appear on every page, in the layout, which reads them under
 * `settings`. Authors and categories show on post cards and archives.
 */
export function tagsForChange(event: PublishEvent): string[] {
  switch (event._type) {
    case 'post':
      return unique([
        tags.posts,
        ...[event.slug, event.previousSlug].filter(isNonEmpty).map(tags.post),
      ])
    case 'siteSettings':
      return [tags.settings]
    case 'author':
    case 'category':
      return [tags.posts]
    default:
      return []
  }
}

/** Reads the webhook body; null when it is not a change Sanity could have sent. */
export function parsePublishEvent(body: unknown): PublishEvent | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const { _type, slug, previousSlug } = body as Record<string, unknown>
  if (typeof _type !== 'string' || _type.length === 0 || _type.length > 100) return null
  return { _type, slug: slugText(slug), previousSlug: slugText(previousSlug) }
}

/**
 * A slug arrives as "text" or as Sanity's { current: "text" }. Text with a lone surrogate
 * (`"\ud800"`, valid JSON) is dropped: revalidateTag URI-encodes its tags and would throw.
 */
function slugText(value: unknown): string | null {
  const text =
    typeof value === 'object' && value !== null ? (value as { current?: unknown }).current : value
  return typeof text === 'string' && text.length > 0 && text.length <= 200 && text.isWellFormed()
    ? text
    : null
}

const isNonEmpty = (value: string | null | undefined): value is string => Boolean(value)
const unique = (values: string[]) => [...new Set(values)]
