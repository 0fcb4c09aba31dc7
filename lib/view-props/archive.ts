import type { PostArchivePage } from '@/lib/content'
import type { JsonLdObject } from '@/lib/seo/json-ld.ts'

/** What the list view of a category's or an author's posts shows. */
export type ArchiveProps = {
  kicker: string
  title: string
  description: string | null
  archive: PostArchivePage
  /** The address of the list's first page; later pages add /page/<n>. */
  basePath: string
  emptyMessage: string
  jsonLd: JsonLdObject | null
}
