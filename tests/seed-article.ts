// The seed article (../shared/seed: the real page the site was made from), as the bundled
// dataset holds it. Tests that need "an article that exists" use these, so the address is
// written once; sanity/dataset/build.ts is where the dataset itself gets it.

const slug = 'the-hidden-male-fear-that-makes-him-pull-away-from-you'

export const SEED_ARTICLE = {
  slug,
  /** Its permalink: /YYYY/MM/DD/slug, the date in Nairobi time (28 February 2026). */
  path: `/2026/02/28/${slug}`,
  id: `post-${slug}`,
  title: 'The Hidden Male Fear That Makes Him Pull Away From You',
} as const
