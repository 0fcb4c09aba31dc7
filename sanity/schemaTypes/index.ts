import { author } from './author.ts'
import { blockContent } from './block-content.ts'
import { category } from './category.ts'
import { post } from './post.ts'
import { siteSettings } from './site-settings.ts'
import { tag } from './tag.ts'

export const schemaTypes = [post, author, category, tag, siteSettings, blockContent]
