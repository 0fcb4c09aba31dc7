import { feedResponse } from '@/lib/feed/site-feed.ts'

// Built once, then rebuilt when a publish revalidates the posts (or within the hour).
export const revalidate = 3600

export function GET(): Promise<Response> {
  return feedResponse()
}
