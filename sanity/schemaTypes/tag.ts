import { TagsIcon } from '@sanity/icons/Tags'
import { defineType } from 'sanity'
import { nameAndSlugFields } from './name-and-slug.ts'

/**
 * A WordPress tag, brought across by the importer. Tags are their own type rather than
 * categories: WordPress sites carry dozens or hundreds of tags, and every category is listed
 * in the site's footer and gets an archive page. The site shows no tag pages; old /tag/x/
 * addresses redirect to a search for the tag's name.
 */
export const tag = defineType({
  name: 'tag',
  title: 'Tag',
  type: 'document',
  icon: TagsIcon,
  fields: [...nameAndSlugFields('tag')],
})
