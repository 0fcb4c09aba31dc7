import { defineField } from 'sanity'

/**
 * A document's required name field and the slug generated from it, with the messages the
 * Studio shows when either is missing. `noun` is what the document is ("category").
 */
export function nameAndSlugFields(noun: string, field: 'title' | 'name' = 'title') {
  return [
    defineField({
      name: field,
      title: field === 'title' ? 'Title' : 'Name',
      type: 'string',
      validation: (rule) => rule.required().error(`Every ${noun} needs a ${field}.`),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: { source: field, maxLength: 96 },
      validation: (rule) => rule.required().error(`Generate a slug from the ${field}.`),
    }),
  ]
}
