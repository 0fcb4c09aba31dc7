import {
  defineDocuments,
  defineLocations,
  type PresentationPluginOptions,
} from 'sanity/presentation'
import { postPath } from '../lib/addresses/permalink.ts'

/** Where each document shows on the site, for the Presentation tool's preview. */
export const resolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: '/:year/:month/:day/:slug', filter: '_type == "post" && slug.current == $slug' },
    { route: '/support', filter: '_type == "siteSettings" && _id == "siteSettings"' },
  ]),
  locations: {
    post: defineLocations({
      select: { title: 'title', slug: 'slug.current', publishedAt: 'publishedAt' },
      resolve: (doc) =>
        doc?.slug && doc.publishedAt
          ? {
              locations: [
                {
                  title: doc.title || 'Untitled',
                  href: postPath({ slug: doc.slug, publishedAt: doc.publishedAt }),
                },
                { title: 'Home', href: '/' },
              ],
            }
          : null,
    }),
    siteSettings: defineLocations({
      message: 'Settings appear on every page',
      tone: 'positive',
      locations: [
        { title: 'Support page', href: '/support' },
        { title: 'Home', href: '/' },
      ],
    }),
  },
}
