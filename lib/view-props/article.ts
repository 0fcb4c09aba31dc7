import type { Post, PostCard, PostSeo } from '@/lib/content'

export type ArticleProps = {
  post: Post
  related: PostCard[]
  seo: PostSeo | null
  adjacent: { older: PostCard | null; newer: PostCard | null }
  siteName: string
  appeal: string | null
}
