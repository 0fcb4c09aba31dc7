import { author } from './author.ts'
import { blockContent } from './block-content.ts'
import { category } from './category.ts'
import { pluginSchemaTypes } from './body/plugin-types.ts'
import { page } from './page.ts'
import { post } from './post.ts'
import { siteSettings } from './site-settings.ts'
import { tag } from './tag.ts'

/** The project's own types. sanity.config.ts gives them to the Studio, whose plugins add theirs. */
export const projectSchemaTypes = [post, page, author, category, tag, siteSettings, blockContent]

/**
 * Every type a document may hold, the plugins' (@sanity/table, @sanity/code-input) included:
 * what Sanity's validator needs outside the Studio (sanity/validate-documents.ts).
 */
export const schemaTypes = [...projectSchemaTypes, ...pluginSchemaTypes]
