import { defineField } from 'sanity'

/**
 * The alternative text every image on the site carries: the cover's and the body's images use
 * this one field, so its title, help and message read the same wherever an editor meets it.
 * `what` names the image in the message ("the cover image"). Only an image that has been chosen
 * needs one: an empty cover is allowed, and an empty alt on it would be noise.
 */
export function altTextField(what: string) {
  return defineField({
    name: 'alt',
    title: 'Alternative text',
    description: 'What the image shows, for readers who cannot see it.',
    type: 'string',
    validation: (rule) =>
      rule
        .custom((alt, context) => {
          const image = context.parent as { asset?: unknown } | undefined
          if (image?.asset && !alt) return `Describe ${what} for readers who cannot see it.`
          return true
        })
        .error(),
  })
}
