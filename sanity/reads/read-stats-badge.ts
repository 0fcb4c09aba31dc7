import { useEffect, useState } from 'react'
import type { DocumentBadgeComponent } from 'sanity'
import { postStatsUrl, readLabel } from './read-label.ts'

type Stats = { lastSevenDays: number; total: number }

/**
 * A published post's reads as a document badge: "Read 1,234 times in the last 7 days · 5,678
 * in all", asked of the site that serves the Studio (pages/api/read-stats.ts). Badges are
 * hooks in Sanity, so it fetches once per slug. No badge for a draft alone, or when the
 * site cannot answer (the counts are a help, not part of editing).
 */
export const ReadStatsBadge: DocumentBadgeComponent = ({ published }) => {
  const slug = (published?.slug as { current?: string } | undefined)?.current
  const [stats, setStats] = useState<{ slug: string; stats: Stats } | null>(null)
  useEffect(() => {
    if (!slug) return
    const controller = new AbortController()
    fetch(postStatsUrl(slug), { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<Stats>) : null))
      .then((found) => found && setStats({ slug, stats: found }))
      .catch(() => {})
    return () => controller.abort()
  }, [slug])
  if (!slug || stats?.slug !== slug) return null
  return {
    label: readLabel(stats.stats),
    title: 'Reads counted by the site: no cookie, nothing about the reader (docs/security.md)',
    color: 'success',
  }
}
