import type { PortableTextBlock } from '@portabletext/types'

// Shapes of the query results in sanity/queries.ts.

export type CategoryRef = { title: string; slug: string }

export type PostCard = {
  _id: string
  title: string
  slug: string
  publishedAt: string
  excerpt: string | null
  category: CategoryRef | null
}

export type PostPath = { slug: string; publishedAt: string }

export type Post = {
  _id: string
  _updatedAt: string
  title: string
  slug: string
  publishedAt: string
  excerpt: string | null
  author: { name: string; slug: string | null } | null
  categories: Array<CategoryRef & { _id: string }> | null
  body: PortableTextBlock[] | null
  picked: Array<PostCard | null> | null
}

export type PostPage = { post: Post; related: PostCard[] }

export type RemittanceService = { _key: string; name: string; url: string }

export type SupportDetails = {
  appeal: string | null
  tillNumber: string | null
  tillName: string | null
  phoneNumber: string | null
  recipientName: string | null
  services: RemittanceService[] | null
}

export type SiteSettings = {
  _updatedAt: string | null
  siteName: string
  tagline: string | null
  description: string | null
  support: SupportDetails | null
}
