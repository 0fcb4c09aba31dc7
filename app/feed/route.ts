import { feedResponse } from '@/lib/feed/site-feed.ts'

// WordPress served Nabado's feed at /feed/. The site has no trailing slashes, so Next.js
// answers /feed/ with a permanent redirect to /feed, and here is the same feed as /feed.xml,
// so subscribers who never updated their reader keep getting new articles.
export const revalidate = 3600

export function GET(): Promise<Response> {
  return feedResponse()
}
