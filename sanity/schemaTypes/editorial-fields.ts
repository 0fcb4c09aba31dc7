import { defineField } from 'sanity'

// What posts and pages, the two documents editors write for readers, have in common apart from
// their SEO fields (./seo-fields.ts): the same two tabs in the Studio, a required title and a
// Portable Text body. One definition, so the two editing screens cannot drift apart.

/** The Studio's tabs: what readers see, opened first, and what search engines see. */
export const editorialGroups = [
  { name: 'content', title: 'Content', default: true },
  { name: 'seo', title: 'SEO' },
]

/** The required title, with the message naming the document (`noun`: "post", "page"). */
export function titleField(noun: string) {
  return defineField({
    name: 'title',
    title: 'Title',
    type: 'string',
    group: 'content',
    validation: (rule) => rule.required().error(`Every ${noun} needs a title.`),
  })
}

/**
 * The body, written with the editors' blocks (./block-content.ts). A fresh object for each
 * document, like the other shared fields, so no type holds another's definition.
 */
export function bodyField() {
  return defineField({ name: 'body', title: 'Body', type: 'blockContent', group: 'content' })
}
