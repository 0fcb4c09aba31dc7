import type { PostArchivePage, PostCard } from '@/lib/content'

export type HomeProps = {
  archive: PostArchivePage | null
  siteName: string
  tagline: string | null
  description: string | null
  /** "Most read this week" (lib/reads/most-read-this-week.ts); empty hides the section. */
  mostRead: PostCard[]
}

export type LatestPageProps = { archive: PostArchivePage }
