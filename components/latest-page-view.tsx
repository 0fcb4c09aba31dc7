import { PostArchive } from '@/components/post-archive.tsx'
import type { LatestPageProps } from '@/lib/view-props/home.ts'

/** /page/n: a later page of the latest articles. */
export function LatestPageView({ archive }: LatestPageProps) {
  return <PostArchive title="Latest articles" archive={archive} basePath="/" />
}
