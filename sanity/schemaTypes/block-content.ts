import { defineArrayMember, defineField, defineType } from 'sanity'
import { altTextField } from './alt-text.ts'

/** Only links readers can follow safely: web pages, email and phone numbers. */
const SAFE_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/** The article body: Portable Text with the styles and marks Nabado's articles use. */
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
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
        ],
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
  ],
})
