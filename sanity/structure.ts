import { CogIcon } from '@sanity/icons/Cog'
import type { StructureResolver } from 'sanity/structure'
import { SITE_SETTINGS_ID } from './schemaTypes/site-settings.ts'

/**
 * Settings opens the one settings document; then posts (newest first), pages (About,
 * Privacy…, by slug), categories, authors, tags.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Nabado')
    .items([
      S.listItem()
        .title('Settings')
        .id(SITE_SETTINGS_ID)
        .icon(CogIcon)
        .child(
          S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Settings'),
        ),
      S.divider(),
      S.listItem()
        .title('Posts')
        .schemaType('post')
        .child(
          S.documentTypeList('post')
            .title('Posts')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
      S.listItem()
        .title('Pages')
        .schemaType('page')
        .child(
          S.documentTypeList('page')
            .title('Pages')
            .defaultOrdering([{ field: 'slug.current', direction: 'asc' }]),
        ),
      S.documentTypeListItem('category').title('Categories'),
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('tag').title('Tags'),
    ])
