/** The parts of a WordPress export (WXR) the importer reads. */

export type WxrChannel = {
  title: string
  link: string
  /** The site's address, e.g. https://nabado.co.ke (relative image addresses resolve here). */
  baseSiteUrl: string
  baseBlogUrl: string
}

export type WxrAuthor = {
  id: string
  login: string
  displayName: string
  firstName: string
  lastName: string
}

export type WxrTerm = {
  kind: 'category' | 'tag'
  id: string
  /** As WordPress stores it: percent-encoded UTF-8 for non-Latin slugs. */
  slug: string
  name: string
  description: string
  /** Categories only: the parent's slug, or ''. */
  parentSlug: string
}

export type WxrItem = {
  /** Each child element's text by its qualified name (title, wp:post_id, content:encoded, …). */
  fields: Record<string, string>
  /** <category domain="category|post_tag" nicename="slug">Name</category> */
  categories: Array<{ domain: string; nicename: string; name: string }>
  meta: Array<{ key: string; value: string }>
}
