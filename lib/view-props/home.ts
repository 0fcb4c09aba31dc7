import type { PostArchivePage } from '@/lib/content'

export type HomeProps = {
  archive: PostArchivePage | null
  siteName: string
  tagline: string | null
  description: string | null
}

export type LatestPageProps = { archive: PostArchivePage }
