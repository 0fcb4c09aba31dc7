import { DocumentIcon } from '@sanity/icons/Document'
import { defineField, defineType, type ValidationContext } from 'sanity'
import { pagePath, pageSlugProblem } from '../../lib/addresses/page-slugs.ts'
import { bodyField, editorialGroups, titleField } from './editorial-fields.ts'
import { seoFields } from './seo-fields.ts'

// The editors' own pages (About, Contact, Privacy…): /<slug>, or /<parent>/<slug> under a
// top-level page. lib/addresses/page-slugs.ts holds the address rules the site applies too, so the
// Studio refuses exactly the slugs the site would never serve.

/** The API version the rules' queries are written for. */
const API_VERSION = '2025-10-01'

type Ref = { _ref?: string } | undefined

const publishedId = (id: string | undefined) => (id ?? '').replace(/^drafts\./, '')

function client(context: ValidationContext) {
  return context.getClient({ apiVersion: API_VERSION })
}

/** The page's own ids (published and draft), which the rules' queries leave out. */
function ownIds(context: ValidationContext) {
  const id = publishedId(context.document?._id)
  return { id, draftId: `drafts.${id}` }
}

/**
 * Another page at the same address: the same slug under the same parent (or at the top
 * level for both). The address, not the slug alone, is what must be unique: /about/team and
 * /careers/team may both exist, as they could in WordPress.
 */
async function addressTaken(slug: string, context: ValidationContext): Promise<boolean> {
  const parent = (context.document?.parent as Ref)?._ref ?? ''
  return client(context).fetch<boolean>(
    `defined(*[_type == "page" && !(_id in [$id, $draftId]) && slug.current == $slug
      && coalesce(parent._ref, "") == $parent][0]._id)`,
    { ...ownIds(context), slug, parent },
  )
}

/** Why `parent` cannot be this page's parent, in plain words, or null when it can. */
async function parentProblem(parent: Ref, context: ValidationContext): Promise<string | null> {
  const { id, draftId } = ownIds(context)
  const parentId = publishedId(parent?._ref)
  if (!parentId) return null
  if (parentId === id) return 'A page cannot be its own parent.'
  const found = await client(context).fetch<{
    parentTitle: string | null
    grandparent: boolean
    children: number
  }>(
    `{
      "parentTitle": *[_id in [$parentId, "drafts." + $parentId]][0].title,
      "grandparent": defined(*[_id in [$parentId, "drafts." + $parentId] && defined(parent)][0]._id),
      "children": count(*[_type == "page" && parent._ref in [$id, $draftId]])
    }`,
    { parentId, id, draftId },
  )
  if (found.grandparent)
    return `"${found.parentTitle ?? 'That page'}" is itself under another page. Pages go two levels deep at most (/parent/page): choose a top-level page.`
  if (found.children > 0)
    return 'Other pages are under this one, so it must stay at the top level. Move them first.'
  return null
}

export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  groups: editorialGroups,
  fields: [
    titleField('page'),
    defineField({
      name: 'slug',
      title: 'Slug',
      description:
        'The address: /slug, or /parent/slug under a parent page. Generated from the title.',
      type: 'slug',
      group: 'content',
      options: {
        source: 'title',
        maxLength: 96,
        // Uniqueness is the address's (same slug under the same parent), checked below with
        // a message that names the address; Sanity's own check would compare slugs alone.
        isUnique: () => true,
      },
      validation: (rule) =>
        rule
          .custom(async (slug: { current?: string } | undefined, context) => {
            const current = slug?.current
            const problem = pageSlugProblem(current)
            if (problem) return problem
            if (current && (await addressTaken(current, context)))
              return 'Another page already has this address: choose another slug, or another parent.'
            return true
          })
          .error(),
    }),
    defineField({
      name: 'parent',
      title: 'Parent page',
      description:
        'Optional. A page under another gets its address: /parent/slug. Only top-level pages can be parents.',
      type: 'reference',
      to: [{ type: 'page' }],
      group: 'content',
      options: {
        disableNew: true,
        // Offer top-level pages only, never this page itself.
        filter: ({ document }) => {
          const id = publishedId(document._id)
          return {
            filter: '!defined(parent) && !(_id in [$id, $draftId])',
            params: { id, draftId: `drafts.${id}` },
          }
        },
      },
      validation: (rule) =>
        rule
          .custom(async (parent: Ref, context) => (await parentProblem(parent, context)) ?? true)
          .error(),
    }),
    bodyField(),
    ...seoFields('the opening of the page'),
  ],
  orderings: [
    { title: 'Slug', name: 'slugAsc', by: [{ field: 'slug.current', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current', parentSlug: 'parent.slug.current' },
    prepare({ title, slug, parentSlug }) {
      return {
        title: title || 'Untitled page',
        subtitle: slug ? pagePath({ slug, parentSlug }) : 'No address yet',
      }
    },
  },
})
