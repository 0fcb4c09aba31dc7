import { pagePath, pageSlugProblem } from '../addresses/page-slugs.ts'

// A page's address from what the queries project about it (PAGE_ADDRESS in
// sanity/queries.ts), with lib/addresses/page-slugs.ts's rules, which GROQ cannot apply. Pure, and
// imported by relative path: lib/freshness/webhook-change.ts uses it, and plain Node (the Sanity
// stand-in) imports that.

/** A page's address parts as PAGE_ADDRESS projects them. */
export type PageAddressParts = {
  slug: string | null
  /** Whether the page names a parent at all (its `parentSlug` is null when that parent is gone). */
  hasParent: boolean
  parentSlug: string | null
  /** Whether the parent is itself under a page: a third level, which has no address. */
  hasGrandparent: boolean
}

/**
 * /slug for a top-level page, /parent/slug under a top-level parent; null when the page
 * cannot be served: a slug the site refuses (a route of its own, a number), a parent that is
 * not there or not top-level.
 */
export function pageAddress(page: PageAddressParts | null | undefined): string | null {
  if (!page?.slug || pageSlugProblem(page.slug) !== null) return null
  if (!page.hasParent) return pagePath({ slug: page.slug })
  if (!page.parentSlug || page.hasGrandparent || pageSlugProblem(page.parentSlug) !== null)
    return null
  return pagePath({ slug: page.slug, parentSlug: page.parentSlug })
}
