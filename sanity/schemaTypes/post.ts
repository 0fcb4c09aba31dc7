import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { SUGGESTED_READS_MAX } from '../../lib/article/related-reads.ts'
import { altTextField } from './alt-text.ts'
import { bodyField, editorialGroups, titleField } from './editorial-fields.ts'
import { seoFields } from './seo-fields.ts'
import { NAIROBI_TIME_ZONE, scheduledLabel } from '../schedule-label.ts'

export const EXCERPT_MAX = 200
/** Picks beyond the number Settings asks for are not shown; more than its maximum, never. */
export const RELATED_MAX = SUGGESTED_READS_MAX

export const post = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  icon: DocumentTextIcon,
  groups: editorialGroups,
  fields: [
    titleField('post'),
    defineField({
      name: 'slug',
      title: 'Slug',
      description:
        'The last part of the address. Generated from the title; change it only before publishing.',
      type: 'slug',
      group: 'content',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) =>
        rule.required().error('Generate a slug from the title: it becomes the address.'),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      description:
        'The date in the address (/YYYY/MM/DD/slug), in Nairobi time. A later time schedules the post: readers see it from then.',
      type: 'datetime',
      group: 'content',
      // Entered and shown in Nairobi time whatever the editor's computer says.
      options: { displayTimeZone: NAIROBI_TIME_ZONE, allowTimeZoneSwitch: false },
      initialValue: () => new Date().toISOString(),
      validation: (rule) =>
        rule.required().error('Set the publish date: it is part of the address.'),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      description: `One or two sentences shown in lists and search results (at most ${EXCERPT_MAX} characters).`,
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) =>
        rule.max(EXCERPT_MAX).error(`Keep the excerpt to ${EXCERPT_MAX} characters or fewer.`),
    }),
    defineField({
      name: 'coverImage',
      title: 'Cover image',
      type: 'image',
      group: 'content',
      options: { hotspot: true },
      fields: [altTextField('the cover image')],
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'content',
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.unique().error('A category is listed twice.'),
    }),
    defineField({
      name: 'tags',
      title: 'Tags',
      description: 'Tags brought across from WordPress (not shown on the site).',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'tag' }] })],
      validation: (rule) => rule.unique().error('A tag is listed twice.'),
    }),
    bodyField(),
    defineField({
      name: 'related',
      title: 'Suggested reads',
      description: `Up to ${RELATED_MAX} posts to show under this one, in this order (Settings says how many are shown). The rest are chosen by shared categories.`,
      type: 'array',
      group: 'content',
      of: [
        defineArrayMember({
          type: 'reference',
          // Weak: a picked post can still be unpublished or deleted; the site skips it.
          weak: true,
          to: [{ type: 'post' }],
          options: {
            // Never offer the post itself.
            filter: ({ document }) => ({
              filter: '!(_id in [$id, $draftId])',
              params: {
                id: document._id.replace(/^drafts\./, ''),
                draftId: `drafts.${document._id.replace(/^drafts\./, '')}`,
              },
            }),
          },
        }),
      ],
      validation: (rule) => [
        rule.max(RELATED_MAX).error(`Pick at most ${RELATED_MAX} suggested reads.`),
        rule.unique().error('A suggested read is listed twice.'),
        rule
          .custom((related, context) => {
            const id = context.document?._id.replace(/^drafts\./, '')
            const refs = (related ?? []) as Array<{ _ref?: string }>
            return refs.some((ref) => ref._ref === id) ? 'A post cannot suggest itself.' : true
          })
          .error(),
      ],
    }),
    ...seoFields('the excerpt'),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'publishedAtDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      publishedAt: 'publishedAt',
      media: 'coverImage',
      author: 'author.name',
    },
    prepare({ title, publishedAt, media, author }) {
      const scheduled = scheduledLabel(publishedAt)
      if (scheduled)
        return { title, media, subtitle: [scheduled, author].filter(Boolean).join(' · ') }
      const date = publishedAt
        ? new Date(publishedAt).toLocaleDateString('en-GB', {
            timeZone: 'Africa/Nairobi',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
          })
        : 'Not dated'
      return { title, media, subtitle: [date, author].filter(Boolean).join(' · ') }
    },
  },
})
