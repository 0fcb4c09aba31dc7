import { RemoveIcon } from '@sanity/icons/Remove'
import { defineArrayMember, defineField } from 'sanity'

/**
 * A thematic break between sections (`<hr>` for readers): `{_type: 'divider', style: 'line'}`.
 * Sanity objects need a field, so it has one, hidden: the only style there is.
 */
export const dividerMember = defineArrayMember({
  name: 'divider',
  title: 'Divider',
  type: 'object',
  icon: RemoveIcon,
  fields: [
    defineField({
      name: 'style',
      title: 'Style',
      type: 'string',
      initialValue: 'line',
      options: { list: [{ title: 'Line', value: 'line' }] },
      hidden: true,
    }),
  ],
  preview: { prepare: () => ({ title: 'Divider' }) },
})
