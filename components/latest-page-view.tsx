import { PostArchive } from '@/components/post-archive'
import type { LatestPageProps } from '@/lib/page-data/home'

/** /page/n: a later page of the latest articles. */
export function LatestPageView({ archive }: LatestPageProps) {
  return <PostArchive title="Latest articles" archive={archive} basePath="/" />
}
