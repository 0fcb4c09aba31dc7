import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from 'sanity'
import { nameAndSlugFields } from './name-and-slug.ts'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    ...nameAndSlugFields('category'),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 2 }),
  ],
})
