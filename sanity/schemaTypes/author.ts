import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'
import { nameAndSlugFields } from './name-and-slug.ts'

export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    ...nameAndSlugFields('author', 'name'),
    defineField({
      name: 'bio',
      title: 'Short bio',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(300).error('Keep the bio to 300 characters or fewer.'),
    }),
    defineField({
      name: 'picture',
      title: 'Picture',
      type: 'image',
      options: { hotspot: true },
      fields: [defineField({ name: 'alt', title: 'Alternative text', type: 'string' })],
    }),
  ],
  preview: { select: { title: 'name', media: 'picture' } },
})
