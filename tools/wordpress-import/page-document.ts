import type { SanityDocument } from '../../lib/dataset/ndjson.ts'
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '../../sanity/schemaTypes/seo-fields.ts'
import { bodyHtml } from './body-html.ts'
import { htmlToPortableText, type Block } from './html-to-portable-text.ts'
import type { PagePlan } from './page-plan.ts'
import type { PostContext } from './post-document.ts'
import { clip, gmtInstant, nairobiInstant, plainText } from './wordpress-values.ts'
import type { WxrItem } from './wxr-types.ts'

export type MappedPage = {
  document: SanityDocument
  shortcodes: string[]
  images: number
  editor: 'block' | 'classic'
  blocks: Block[]
  warnings: string[]
}

/**
 * One WordPress page as a Sanity page document, as planPages decided it (slug, parent, draft
 * or published): title, body as Portable Text, and the search-result title and description
 * when the export has them (Yoast SEO's fields, or the page's excerpt).
 */
export function mapPage(
  item: WxrItem,
  context: PostContext,
  plan: Extract<PagePlan, { kind: 'published' | 'draft' }>,
): MappedPage {
  const field = (name: string) => item.fields[name] ?? ''
  const meta = (key: string) => plainText(item.meta.find((entry) => entry.key === key)?.value ?? '')
  const title = plainText(field('title')) || `Untitled (WordPress page ${plan.id})`
  const warnings = [...plan.warnings]
  const baseId = plan.documentId.replace(/^drafts\./, '')

  const body = bodyHtml(field('content:encoded'))
  const converted = htmlToPortableText(body.html, {
    documentId: baseId,
    baseUrl: context.baseUrl,
    images: context.images,
    originals: context.originals,
  })
  warnings.push(...converted.warnings.map((warning) => `page ${plan.id}: ${warning}`))
  if (converted.blocks.length === 0) warnings.push(`page ${plan.id} "${title}" has no body`)

  // Yoast writes %%title%% and friends into its title template; only a plain title is kept.
  const yoastTitle = meta('_yoast_wpseo_title')
  const seoTitle = /%%/.test(yoastTitle) ? '' : clip(yoastTitle, SEO_TITLE_MAX)
  const seoDescription = clip(
    meta('_yoast_wpseo_metadesc') || plainText(field('excerpt:encoded')),
    SEO_DESCRIPTION_MAX,
  )

  const createdAt = nairobiInstant(field('wp:post_date')) ?? gmtInstant(field('wp:post_date_gmt'))
  const updatedAt = gmtInstant(field('wp:post_modified_gmt')) ?? createdAt
  const document: SanityDocument = {
    _id: plan.documentId,
    _type: 'page',
    ...(createdAt ? { _createdAt: createdAt } : {}),
    ...(updatedAt
      ? { _updatedAt: createdAt && updatedAt < createdAt ? createdAt : updatedAt }
      : {}),
    title,
    slug: { _type: 'slug', current: plan.slug },
    ...(plan.parent ? { parent: { _type: 'reference', _ref: plan.parent.documentId } } : {}),
    body: converted.blocks,
    ...(seoTitle ? { seoTitle } : {}),
    ...(seoDescription ? { seoDescription } : {}),
  }
  return {
    document,
    shortcodes: body.shortcodes,
    images: converted.images.length,
    editor: body.editor,
    blocks: converted.blocks,
    warnings,
  }
}
