/** Cache tags: what a read depends on, named so a publish can refresh exactly that. */
export const tags = {
  posts: 'posts',
  post: (slug: string) => `post:${slug}`,
  settings: 'settings',
  /** Editors' pages (About, Privacy…) and what shows them: their routes, the footer, the sitemap. */
  pages: 'pages',
} as const
