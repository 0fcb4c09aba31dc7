import { LaunchIcon } from '@sanity/icons/Launch'
import { defineArrayMember, defineField } from 'sanity'
import { EMBED_PROVIDER_NAMES, recogniseEmbed } from '../../../lib/article/embeds.ts'

export const EMBED_URL_REQUIRED = 'Paste the address of the post, video or track to embed.'
export const EMBED_URL_UNSUPPORTED = `This address is not a single post on a site the magazine can embed. Paste the address of one post, video or track (not a profile or a home page) on ${EMBED_PROVIDER_NAMES}.`

/**
 * A post from another site, by its address (`{_type: 'embed', url, caption?}`). Readers get a
 * light card linking to it (lib/article/body-blocks.ts); nothing loads from the provider.
 */
export const embedMember = defineArrayMember({
  name: 'embed',
  title: 'Embed (YouTube, X, TikTok…)',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Address',
      description: `The address of one post, video or track on ${EMBED_PROVIDER_NAMES}.`,
      type: 'url',
      validation: (rule) =>
        rule
          .custom((url) => {
            if (typeof url !== 'string' || url.trim() === '') return EMBED_URL_REQUIRED
            return recogniseEmbed(url) ? true : EMBED_URL_UNSUPPORTED
          })
          .error(),
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      description: 'Optional: a line under the card, e.g. who is speaking.',
      type: 'string',
    }),
  ],
  preview: {
    select: { url: 'url', caption: 'caption' },
    prepare({ url, caption }: { url?: string; caption?: string }) {
      const embed = recogniseEmbed(url)
      return {
        title: embed ? embed.provider.name : 'Embed: address not supported',
        subtitle: [url || 'No address yet', caption].filter(Boolean).join(' · '),
      }
    },
  },
})
