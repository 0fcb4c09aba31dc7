import { slugify } from '../../lib/text/slugify.ts'
import { stableKey } from './keys.ts'
import { plainTextToPortableText } from './plain-text-to-portable-text.ts'
import { imageAssetDocument, imageField } from './demo-images.ts'
import { parseSeedPage, parseSupportFacts } from './seed-page.ts'
import { demoCovers, demoSeedInlineImages, type DemoImageFile } from './sources/demo-images.ts'
import { FOOTER_LINKS, SOURCE_PAGES, type Inline, type SourcePage } from './sources/pages.ts'
import type { SamplePost } from './sources/sample-posts.ts'
import type { SanityDocument } from '../../lib/dataset/ndjson.ts'

const SEED_ARTICLE = {
  title: 'The Hidden Male Fear That Makes Him Pull Away From You',
  // 28 February 2026, Nairobi time, as in the article's WordPress permalink.
  publishedAt: '2026-02-28T09:00:00+03:00',
  categories: ['relationships', 'psychology'],
  excerpt:
    'He was close, then suddenly distant. Attachment psychology, emotional conditioning and fear explain why men pull away after getting close, and how to respond.',
}

const CATEGORIES: Array<{ slug: string; title: string; description: string }> = [
  {
    slug: 'relationships',
    title: 'Relationships',
    description: 'Dating, love, marriage and the work of staying close.',
  },
  {
    slug: 'psychology',
    title: 'Psychology',
    description: 'Why we feel, fear and behave the way we do.',
  },
  {
    slug: 'society',
    title: 'Society',
    description: 'How we live together: loneliness, pressure and change.',
  },
  {
    slug: 'kenyan-society',
    title: 'Kenyan Society',
    description: 'Family, culture and expectations in Kenya today.',
  },
  {
    slug: 'money',
    title: 'Money & Love',
    description: 'What money does to relationships, and how couples handle it.',
  },
]

const AUTHOR = {
  _id: 'author-nabado-editors',
  _type: 'author',
  name: 'Nabado Editors',
  slug: { _type: 'slug', current: 'nabado-editors' },
  bio: 'The Nabado editorial team writes about relationships and society in Kenya.',
}

/** When the editors last checked the support details (shown as "Details last checked"). */
const SETTINGS_CHECKED_AT = '2026-11-20T09:00:00.000Z'

const SUPPORT_SERVICES = [
  { name: 'Remitly', url: 'https://www.remitly.com/' },
  { name: 'Western Union', url: 'https://www.westernunion.com/' },
  { name: 'SendWave', url: 'https://www.sendwave.com/' },
  { name: 'WorldRemit', url: 'https://www.worldremit.com/' },
]

const reference = (id: string, key?: string) => ({
  _type: 'reference',
  _ref: id,
  ...(key ? { _key: key } : {}),
})

/** A suggested read: weak, as the schema has it, so a picked post can still be unpublished. */
const weakReference = (id: string, key: string) => ({ ...reference(id, key), _weak: true })

const categoryId = (slug: string) => `category-${slug}`
const postId = (slug: string) => `post-${slug}`

type Body = Array<ReturnType<typeof plainTextToPortableText>[number] | Record<string, unknown>>

function postDocument(post: SamplePost, body: Body, images: DemoImageFile[]) {
  const slug = slugify(post.title)
  const id = postId(slug)
  const publishedAt = new Date(post.publishedAt).toISOString()
  const cover = demoCovers[post.title]
  return {
    _id: id,
    _type: 'post',
    _createdAt: publishedAt,
    _updatedAt: publishedAt,
    title: post.title,
    slug: { _type: 'slug', current: slug },
    publishedAt,
    excerpt: post.excerpt,
    author: reference(AUTHOR._id),
    categories: post.categories.map((category) =>
      reference(categoryId(category), stableKey(id, 'category', category)),
    ),
    ...(cover ? { coverImage: { _type: 'image', ...imageField(cover, images) } } : {}),
    body,
  }
}

/**
 * The seed article's body with its demo inline images, each after the first paragraph
 * under its numbered heading (the seed text itself stays word for word).
 */
function withInlineImages(
  body: ReturnType<typeof plainTextToPortableText>,
  id: string,
  images: DemoImageFile[],
): Body {
  const result: Body = [...body]
  for (const inline of demoSeedInlineImages) {
    const headings = result.filter(
      (block) => 'style' in block && block.style === 'h2' && block._type === 'block',
    )
    const heading = headings[inline.afterHeading - 1]
    if (!heading) throw new Error(`The seed has no heading number ${inline.afterHeading}`)
    const at = result.indexOf(heading) + 2
    result.splice(at, 0, {
      _type: 'inlineImage',
      _key: stableKey(id, 'inlineImage', inline.image),
      ...imageField(inline, images),
      ...(inline.caption ? { caption: inline.caption } : {}),
    })
  }
  return result
}

const pageId = (slug: string) => `page-${slug}`

/** When the editors last checked the pages (their "Last updated" date). */
const PAGES_UPDATED_AT = SETTINGS_CHECKED_AT

/** Portable Text spans for a run of text and links, with the link annotations they use. */
function inlineContent(parts: Inline[], seed: string) {
  const markDefs: Array<{ _type: 'link'; _key: string; href: string }> = []
  const children = parts.map((part, index) => {
    const _key = stableKey(seed, 'span', index)
    if (typeof part === 'string') return { _type: 'span', _key, text: part, marks: [] }
    const link = { _type: 'link' as const, _key: stableKey(seed, 'link', index), href: part.href }
    markDefs.push(link)
    return { _type: 'span', _key, text: part.text, marks: [link._key] }
  })
  return { markDefs, children }
}

/** An editor's page (About, Privacy) from its source: headings, paragraphs, bullets, links. */
function pageDocument(page: SourcePage) {
  const id = pageId(page.slug)
  const body = page.body.flatMap((block, index) => {
    const key = (...more: Array<string | number>) => stableKey(id, index, ...more)
    if ('h2' in block)
      return [{ _type: 'block', _key: key(), style: 'h2', ...inlineContent([block.h2], key()) }]
    if ('p' in block)
      return [{ _type: 'block', _key: key(), style: 'normal', ...inlineContent(block.p, key()) }]
    return block.bullets.map((item, n) => ({
      _type: 'block',
      _key: key(n),
      style: 'normal',
      listItem: 'bullet',
      level: 1,
      ...inlineContent(item, key(n)),
    }))
  })
  return {
    _id: id,
    _type: 'page',
    _createdAt: PAGES_UPDATED_AT,
    _updatedAt: page.updatedAt ?? PAGES_UPDATED_AT,
    title: page.title,
    slug: { _type: 'slug', current: page.slug },
    seoDescription: page.seoDescription,
    body,
  }
}

/**
 * Builds the bundled dataset, in Sanity's export format, from the seed page and the sample
 * posts, with the editors' pages (sources/pages.ts). Pure: same inputs, same documents (ids
 * and keys included).
 */
export function buildDataset(
  seedPageText: string,
  samplePosts: SamplePost[],
  images: DemoImageFile[],
): SanityDocument[] {
  const seed = parseSeedPage(seedPageText)
  const support = parseSupportFacts(seed.supportText)

  const missing = seed.suggestedReads.filter((title) => !samplePosts.some((p) => p.title === title))
  if (missing.length > 0) {
    throw new Error(`Suggested reads without a sample post: ${missing.join(', ')}`)
  }

  const samples = samplePosts.map((post) =>
    postDocument(post, plainTextToPortableText(post.body, postId(slugify(post.title))), images),
  )
  const seedSlug = slugify(SEED_ARTICLE.title)
  const seedPost = {
    ...postDocument(
      { ...SEED_ARTICLE, body: seed.articleText },
      withInlineImages(
        plainTextToPortableText(seed.articleText, postId(seedSlug)),
        postId(seedSlug),
        images,
      ),
      images,
    ),
    // The editor picked the seed page's suggested reads, all of them, in its order.
    related: seed.suggestedReads
      .map((title) => postId(slugify(title)))
      .map((id) => weakReference(id, stableKey(postId(seedSlug), 'related', id))),
  }

  const settings = {
    _id: 'siteSettings',
    _type: 'siteSettings',
    _createdAt: SETTINGS_CHECKED_AT,
    _updatedAt: SETTINGS_CHECKED_AT,
    siteName: 'Nabado',
    tagline: seed.tagline,
    description:
      'Nabado is a Kenyan online magazine about relationships and society: honest, careful writing for everyday life.',
    // As many suggested reads as the seed page shows (seven).
    suggestedReads: seed.suggestedReads.length,
    support: {
      _type: 'supportDetails',
      appeal:
        'We appreciate your visit and hope you find our content valuable. Your support helps us keep delivering great content!',
      thankYou:
        'Thank you for being part of this journey. Your support pays for writing, editing and hosting, and keeps every Nabado article free to read.',
      tillNumber: support.tillNumber,
      // Shown only where giving by M-Pesa is configured (and once a gift has come in).
      showMonthlyTotal: true,
      phoneNumber: support.phoneNumber,
      recipientName: support.recipientName,
      services: SUPPORT_SERVICES.map((service) => ({
        _type: 'remittanceService',
        _key: stableKey('siteSettings', 'service', service.name),
        ...service,
      })),
    },
    footerLinks: FOOTER_LINKS.map((link) => ({
      _type: 'footerLink',
      _key: stableKey('siteSettings', 'footerLink', link.page),
      ...(link.label ? { label: link.label } : {}),
      page: reference(pageId(link.page)),
    })),
  }

  const categories = CATEGORIES.map((category) => ({
    _id: categoryId(category.slug),
    _type: 'category',
    title: category.title,
    slug: { _type: 'slug', current: category.slug },
    description: category.description,
  }))

  return [
    settings,
    AUTHOR,
    ...categories,
    ...SOURCE_PAGES.map(pageDocument),
    ...images.map(imageAssetDocument),
    seedPost,
    ...samples,
  ]
}
