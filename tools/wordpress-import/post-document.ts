import type { SanityDocument } from '../../lib/dataset/ndjson.ts'
import { postPath } from '../../lib/addresses/permalink.ts'
import { EXCERPT_MAX } from '../../sanity/schemaTypes/post.ts'
import { bodyHtml } from './body-html.ts'
import { reference, wordpressIds } from './documents.ts'
import { htmlToPortableText, type Block, type ImageMode } from './html-to-portable-text.ts'
import { imageAddress } from './image-address.ts'
import { clip, gmtInstant, nairobiInstant, plainText, siteSlug } from './wordpress-values.ts'
import type { WxrItem } from './wxr-types.ts'

export type PostContext = {
  baseUrl: string
  images: ImageMode
  /** draft: unpublished posts become Sanity drafts (drafts.<id>); skip: left out. */
  drafts: 'skip' | 'draft'
  authorIdByLogin: ReadonlyMap<string, string>
  termIdBySlug: ReadonlyMap<string, string>
  attachments: ReadonlyMap<string, { url: string; alt: string }>
  originals: ReadonlySet<string>
}

export type MappedPost =
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'published' | 'draft'
      document: SanityDocument
      /** The new address (published posts) and the old one, for redirects. */
      path: string
      wordpressPath: string | undefined
      slugChanged: boolean
      shortcodes: string[]
      images: number
      editor: 'block' | 'classic'
      warnings: string[]
      /**
       * WordPress's `future`: published here with its later date, so readers see it from
       * that moment (the site's scheduled posts). Nothing redirects to it: its WordPress
       * link was a preview address, and a redirect would tell its address before its time.
       */
      scheduled: boolean
    }

/** Statuses that are not live on WordPress, imported as drafts only when asked. */
const UNPUBLISHED = new Set(['draft', 'pending', 'private'])

/**
 * One WordPress post as a Sanity post document: title, slug and date exactly as WordPress
 * had them (so /YYYY/MM/DD/slug is the same address), author, categories, tags, featured
 * image, excerpt and the body as Portable Text.
 */
export function mapPost(item: WxrItem, context: PostContext): MappedPost {
  const field = (name: string) => item.fields[name] ?? ''
  const postId = field('wp:post_id').trim()
  const status = field('wp:status').trim()
  const title = plainText(field('title')) || `Untitled (WordPress post ${postId})`
  const protectedPost = field('wp:post_password').trim() !== ''

  if (!/^\d+$/.test(postId))
    return { kind: 'skipped', reason: `post "${title}" has no WordPress id` }
  // A scheduled post is published here as on WordPress: readers see it from its date.
  const scheduled = status === 'future' && !protectedPost
  const live = (status === 'publish' || scheduled) && !protectedPost
  if (
    !live &&
    !(UNPUBLISHED.has(status) || ((status === 'publish' || status === 'future') && protectedPost))
  ) {
    return { kind: 'skipped', reason: `post ${postId} "${title}" is ${status || 'without status'}` }
  }
  if (!live && context.drafts === 'skip') {
    const why = protectedPost ? 'password-protected' : status
    return {
      kind: 'skipped',
      reason: `post ${postId} "${title}" is ${why} (use --drafts draft to import it as a draft)`,
    }
  }

  const warnings: string[] = []
  const baseId = wordpressIds.post(postId)
  const id = live ? baseId : `drafts.${baseId}`
  const publishedAt = nairobiInstant(field('wp:post_date')) ?? gmtInstant(field('wp:post_date_gmt'))
  if (!publishedAt) return { kind: 'skipped', reason: `post ${postId} "${title}" has no date` }
  const gmt = gmtInstant(field('wp:post_date_gmt'))
  if (live && gmt && gmt !== publishedAt) {
    warnings.push(
      `post ${postId}: WordPress's site time was not Nairobi time (post_date_gmt ${gmt}); the date is kept as Nairobi time so the address is unchanged`,
    )
  }
  if (scheduled && Date.parse(publishedAt) <= Date.now()) {
    warnings.push(
      `post ${postId}: scheduled for ${publishedAt}, which has passed (WordPress missed it); readers see it now`,
    )
  }
  const { slug, changed } = siteSlug(field('wp:post_name'), title)
  if (changed)
    warnings.push(
      `post ${postId}: slug "${field('wp:post_name')}" is not a valid address here; now "${slug}"`,
    )
  const finalSlug = slug || `post-${postId}`

  const body = bodyHtml(field('content:encoded'))
  const converted = htmlToPortableText(body.html, {
    documentId: baseId,
    baseUrl: context.baseUrl,
    images: context.images,
    originals: context.originals,
  })
  warnings.push(...converted.warnings.map((warning) => `post ${postId}: ${warning}`))
  const cover = coverImage(item, context, postId, warnings)

  const excerptSource = plainText(field('excerpt:encoded'))
  const excerpt = clip(excerptSource || firstText(converted.blocks), EXCERPT_MAX)
  if (excerptSource.length > EXCERPT_MAX) {
    warnings.push(`post ${postId}: excerpt cut to ${EXCERPT_MAX} characters`)
  }

  const authorLogin = field('dc:creator').trim()
  const authorId = context.authorIdByLogin.get(authorLogin)
  if (!authorId) warnings.push(`post ${postId}: author "${authorLogin}" is not in the export`)
  const terms = (domain: string) =>
    item.categories
      .filter((category) => category.domain === domain)
      .map((category) => context.termIdBySlug.get(`${domain}:${category.nicename}`))
      .filter((ref, index, all): ref is string => ref !== undefined && all.indexOf(ref) === index)
      .map((ref) => reference(ref, baseId, domain))
  const categories = terms('category')
  const tags = terms('post_tag')
  const updatedAt = gmtInstant(field('wp:post_modified_gmt')) ?? publishedAt

  const document: SanityDocument = {
    _id: id,
    _type: 'post',
    _createdAt: publishedAt,
    _updatedAt: updatedAt < publishedAt ? publishedAt : updatedAt,
    title,
    slug: { _type: 'slug', current: finalSlug },
    publishedAt,
    ...(excerpt ? { excerpt } : {}),
    ...(cover ? { coverImage: cover } : {}),
    ...(authorId ? { author: { _type: 'reference', _ref: authorId } } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    body: converted.blocks,
  }
  const path = postPath({ slug: finalSlug, publishedAt })
  return {
    kind: live ? 'published' : 'draft',
    document,
    path,
    wordpressPath: wordpressPath(field('link')),
    slugChanged: changed,
    shortcodes: body.shortcodes,
    images: converted.images.length + (cover ? 1 : 0),
    editor: body.editor,
    warnings,
    scheduled,
  }
}

/** The featured image (postmeta _thumbnail_id → the attachment's file and alt text). */
function coverImage(item: WxrItem, context: PostContext, postId: string, warnings: string[]) {
  const thumbnailId = item.meta.find((meta) => meta.key === '_thumbnail_id')?.value.trim()
  if (!thumbnailId) return undefined
  const attachment = context.attachments.get(thumbnailId)
  const url = attachment && imageAddress(attachment.url, context.baseUrl)
  if (!url) {
    warnings.push(`post ${postId}: featured image ${thumbnailId} is not in the export`)
    return undefined
  }
  // Offline, a cover cannot be a link: it is left out and said so.
  if (context.images === 'link') {
    warnings.push(`post ${postId}: featured image left out (--images link): ${url}`)
    return undefined
  }
  const alt = plainText(attachment.alt)
  if (!alt) warnings.push(`post ${postId}: featured image without alt text (${url})`)
  return { _type: 'image', _sanityAsset: `image@${url}`, ...(alt ? { alt } : {}) }
}

function firstText(blocks: Block[]): string {
  for (const block of blocks) {
    if (block._type !== 'block' || block.style !== 'normal' || block.listItem) continue
    const text = ((block.children ?? []) as Array<{ text?: string }>)
      .map((child) => child.text ?? '')
      .join('')
      .trim()
    if (text) return text.replace(/\s+/g, ' ')
  }
  return ''
}

/** The path of WordPress's own address for the post (its <link>), if it has one. */
function wordpressPath(link: string): string | undefined {
  try {
    const url = new URL(link.trim())
    return url.search ? undefined : url.pathname
  } catch {
    return undefined
  }
}
