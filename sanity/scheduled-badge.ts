import type { DocumentBadgeComponent } from 'sanity'
import { scheduledLabel } from './schedule-label.ts'

/**
 * The post document's badge while its published version is scheduled: readers see it from
 * its publish date. A draft alone is not scheduled (readers see nothing until it is
 * published), so only the published version is read.
 */
export const ScheduledBadge: DocumentBadgeComponent = ({ published }) => {
  const label = scheduledLabel(published?.publishedAt as string | undefined)
  return label
    ? { label, title: 'Readers see this post from this time (Nairobi)', color: 'primary' }
    : null
}
