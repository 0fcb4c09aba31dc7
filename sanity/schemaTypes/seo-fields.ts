import { defineField } from 'sanity'

/** Search engines cut titles and descriptions past these lengths. */
export const SEO_TITLE_MAX = 70
export const SEO_DESCRIPTION_MAX = 160

/**
 * The optional SEO title and description posts and pages share, in the `seo` group.
 * `fallback` names what search results show when the description is left empty ("the
 * excerpt").
 */
export function seoFields(fallback: string) {
  return [
    defineField({
      name: 'seoTitle',
      title: 'SEO title',
      description: `Shown in search results instead of the title (optional, up to ${SEO_TITLE_MAX} characters).`,
      type: 'string',
      group: 'seo',
      validation: (rule) =>
        rule
          .max(SEO_TITLE_MAX)
          .warning(`Search engines cut titles longer than ${SEO_TITLE_MAX} characters.`),
    }),
    defineField({
      name: 'seoDescription',
      title: 'SEO description',
      description: `Shown in search results instead of ${fallback} (optional, up to ${SEO_DESCRIPTION_MAX} characters).`,
      type: 'text',
      rows: 2,
      group: 'seo',
      validation: (rule) =>
        rule
          .max(SEO_DESCRIPTION_MAX)
          .warning(
            `Search engines cut descriptions longer than ${SEO_DESCRIPTION_MAX} characters.`,
          ),
    }),
  ]
}
