import { PUBLISH_DATE_REACHED } from '@/sanity/queries.ts'

/**
 * A reader query as an editor's preview runs it: without the "publish date has come" term,
 * so that a scheduled post (published, dated later) shows as it will look at its moment, in
 * its place among the others. Every reader query spells the term the same way (it is one
 * constant in sanity/queries.ts, READABLE_POST's last term).
 */
export function asPreview(query: string): string {
  return query.replaceAll(PUBLISH_DATE_REACHED, 'true')
}
