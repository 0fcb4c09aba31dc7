import type { SanityDocument } from '../../lib/dataset/ndjson.ts'
import { stableKey } from '../../sanity/dataset/keys.ts'
import { siteSlug, plainText } from './wordpress-values.ts'
import type { WxrAuthor, WxrTerm } from './wxr-types.ts'

/**
 * Document ids come from WordPress ids, so importing the same export twice writes the same
 * documents (`sanity dataset import --replace` then updates instead of duplicating).
 */
export const wordpressIds = {
  post: (postId: string) => `wp-post-${postId}`,
  author: (author: WxrAuthor) => `wp-author-${author.id || stableKey('author', author.login)}`,
  term: (term: WxrTerm) => `wp-${term.kind}-${term.id || stableKey(term.kind, term.slug)}`,
}

export const reference = (ref: string, ...keyParts: string[]) => ({
  _type: 'reference',
  _ref: ref,
  _key: stableKey(...keyParts, ref),
})

/**
 * The author's address name as WordPress made it (user_nicename: the login lower-cased, dots
 * to hyphens, other characters but a–z, 0–9, _ and - dropped), which /author/<nicename>/ used.
 */
export function wordpressNicename(author: WxrAuthor): string {
  return author.login
    .toLowerCase()
    .replace(/\./g, '-')
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The new site's author slug: WordPress's nicename when the site accepts it, so /author/x stays. */
export function authorSlug(author: WxrAuthor): string {
  const nicename = wordpressNicename(author)
  return siteSlug(nicename, authorName(author)).slug || `author-${author.id}`
}

export function authorName(author: WxrAuthor): string {
  return (
    plainText(author.displayName) ||
    plainText(`${author.firstName} ${author.lastName}`) ||
    author.login
  )
}

export function authorDocument(author: WxrAuthor): SanityDocument {
  return {
    _id: wordpressIds.author(author),
    _type: 'author',
    name: authorName(author),
    slug: { _type: 'slug', current: authorSlug(author) },
  }
}

/** A category or tag; `changed` when WordPress's slug could not be kept (old URL redirects). */
export function termDocument(term: WxrTerm): { document: SanityDocument; changed: boolean } {
  const title = plainText(term.name) || term.slug
  const { slug, changed } = siteSlug(term.slug, title)
  const description = plainText(term.description)
  return {
    document: {
      _id: wordpressIds.term(term),
      _type: term.kind,
      title,
      slug: { _type: 'slug', current: slug || `${term.kind}-${term.id}` },
      ...(term.kind === 'category' && description ? { description } : {}),
    },
    changed,
  }
}
