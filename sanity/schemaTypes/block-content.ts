import { defineArrayMember, defineField, defineType } from 'sanity'
import { altTextField } from './alt-text.ts'
import { codeMember } from './body/code-block.ts'
import { dataTableMember } from './body/data-table.ts'
import { bodyDecorators } from './body/decorators.ts'
import { dividerMember } from './body/divider.ts'
import { embedMember } from './body/embed.ts'

/** Only links readers can follow safely: web pages, email and phone numbers. */
const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/**
 * The body of posts and pages: Portable Text with the styles and marks Nabado's articles use,
 * images, tables, code, embeds and dividers (one small file each under body/). The shapes are
 * the ones the renderers read (lib/article/body-blocks.ts) and the WordPress importer writes.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: bodyDecorators,
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'Address',
                type: 'url',
                validation: (rule) =>
                  rule
                    .required()
                    .uri({ scheme: SAFE_LINK_SCHEMES, allowRelative: true })
                    .error('Links must start with https://, http://, mailto: or tel:.'),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({
      name: 'inlineImage',
      title: 'Image',
      type: 'image',
      options: { hotspot: true },
      fields: [
        altTextField('the image'),
        defineField({ name: 'caption', title: 'Caption', type: 'string' }),
      ],
    }),
    dataTableMember,
    codeMember,
    embedMember,
    dividerMember,
  ],
})
