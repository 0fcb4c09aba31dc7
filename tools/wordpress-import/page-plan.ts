import { pagePath, pageSlugProblem, RESERVED_SLUGS } from '../../lib/addresses/page-slugs.ts'
import { normalPath } from '../../lib/redirects/redirect-map.ts'
import { decodeWordPressSlug, siteSlug } from './wordpress-values.ts'

/** What the first pass keeps of a WordPress page (its body is read in the second). */
export type WordPressPage = {
  id: string
  title: string
  /** wp:post_name, as WordPress stores it (percent-encoded for non-Latin slugs). */
  name: string
  /** wp:post_parent: the parent page's id, or '' / '0'. */
  parentId: string
  status: string
  protected: boolean
  link: string
}

export type PagePlan =
  | { kind: 'skipped'; id: string; reason: string }
  | {
      kind: 'published' | 'draft'
      id: string
      /** The document id: page-<slug> (drafts.page-<slug> for a draft). */
      documentId: string
      slug: string
      /** The parent page's slug and document id (always a top-level, published page). */
      parent: { slug: string; documentId: string } | undefined
      /** The new address, /<slug> or /<parent>/<slug>. */
      path: string
      /** WordPress's address for the page (a path), when it had a readable one. */
      wordpressPath: string | undefined
      warnings: string[]
    }

type Importable = Extract<PagePlan, { kind: 'published' | 'draft' }>

/** Statuses that are not live on WordPress, imported as drafts only when asked. */
const UNPUBLISHED = new Set(['draft', 'pending', 'private', 'future'])

const MAX_DEPTH = 50

/**
 * Decides, before any page is converted, every page's fate: published, draft or left out
 * (posts' rules: `--drafts`), its slug, its parent and its address. The site keeps pages at
 * most two levels deep (/<parent>/<slug>), so a deeper page goes under its top-level
 * ancestor; a slug that is one of the site's own addresses (lib/addresses/page-slugs.ts) gets
 * "-page" added, so no page ever shadows a route; addresses stay unique, and ids are
 * page-<slug> (page-<parent>-<slug> for a second page of that slug). Every change is a
 * warning.
 */
export function planPages(
  pages: readonly WordPressPage[],
  drafts: 'skip' | 'draft',
): Map<string, PagePlan> {
  const byId = new Map(pages.map((page) => [page.id, page]))
  const plans = new Map<string, PagePlan>()
  const label = (page: WordPressPage) => `page ${page.id} "${page.title}"`

  // Fate first: a parent's fate decides its children's place.
  const fates = new Map<string, 'published' | 'draft'>()
  for (const page of pages) {
    const live = page.status === 'publish' && !page.protected
    const unpublished =
      UNPUBLISHED.has(page.status) || (page.status === 'publish' && page.protected)
    if (!/^\d+$/.test(page.id)) {
      plans.set(page.id, {
        kind: 'skipped',
        id: page.id,
        reason: `${label(page)} has no WordPress id`,
      })
    } else if (live) fates.set(page.id, 'published')
    else if (unpublished && drafts === 'draft') fates.set(page.id, 'draft')
    else {
      const why = page.protected ? 'password-protected' : page.status || 'without status'
      const hint = unpublished ? ' (use --drafts draft to import it as a draft)' : ''
      plans.set(page.id, {
        kind: 'skipped',
        id: page.id,
        reason: `${label(page)} is ${why}${hint}`,
      })
    }
  }

  /** WordPress ancestors, nearest first (a loop or a missing page ends the chain). */
  const ancestors = (page: WordPressPage): { chain: WordPressPage[]; missing: string } => {
    const chain: WordPressPage[] = []
    const seen = new Set([page.id])
    let parentId = page.parentId.trim()
    while (parentId && parentId !== '0' && chain.length < MAX_DEPTH) {
      const parent = byId.get(parentId)
      if (!parent) return { chain, missing: parentId }
      if (seen.has(parent.id)) break
      seen.add(parent.id)
      chain.push(parent)
      parentId = parent.parentId.trim()
    }
    return { chain, missing: '' }
  }

  // Slugs: published pages first, top-level before children, WordPress slugs kept before
  // made ones, then export order: a published page keeps its WordPress slug before a
  // renamed one ("support" → "support-page") may take it.
  const order = pages
    .filter((page) => fates.has(page.id))
    .map((page, index) => {
      const wanted = siteSlug(page.name, page.title)
      const kept = !wanted.changed && wanted.slug !== '' && pageSlugProblem(wanted.slug) === null
      return { page, index, depth: ancestors(page).chain.length, kept }
    })
    .sort(
      (a, b) =>
        Number(fates.get(a.page.id) === 'draft') - Number(fates.get(b.page.id) === 'draft') ||
        Math.min(a.depth, 1) - Math.min(b.depth, 1) ||
        Number(b.kept) - Number(a.kept) ||
        a.index - b.index,
    )
  const takenAddresses = new Set<string>()
  const takenIds = new Set<string>()
  const slugs = new Map<string, string>()
  const ids = new Map<string, string>()
  const parents = new Map<string, WordPressPage | undefined>()
  const warnings = new Map<string, string[]>()

  for (const { page } of order) {
    const notes: string[] = []
    warnings.set(page.id, notes)
    const { chain, missing } = ancestors(page)
    // The new parent: the topmost published ancestor, which is itself top-level here.
    const parent = [...chain].reverse().find((ancestor) => fates.get(ancestor.id) === 'published')
    parents.set(page.id, parent)
    const parentSlug = parent ? slugs.get(parent.id) : undefined
    const wordpressParent = chain[0]
    if (missing) {
      notes.push(`its parent page ${missing} is not in the export: it is a top-level page here`)
    } else if (wordpressParent && !parent) {
      notes.push(
        `its parent "${wordpressParent.title}" is not published: it is a top-level page here (set a parent in the Studio if needed)`,
      )
    } else if (parent && parent !== wordpressParent) {
      notes.push(
        `pages are at most two levels deep here: it is now directly under "${parent.title}", not under "${wordpressParent?.title}" (its old address redirects)`,
      )
    }

    const wanted = siteSlug(page.name, page.title)
    let slug = wanted.slug || `page-${page.id}`
    if (wanted.changed)
      notes.push(
        `slug "${decodeWordPressSlug(page.name)}" is not a valid address here; now "${slug}"`,
      )
    const problem = pageSlugProblem(slug)
    if (problem) {
      const fixed = fixSlug(slug, page.id)
      notes.push(`slug "${slug}" cannot be a page's here: ${problem} It is now "${fixed}".`)
      slug = fixed
    }
    // The address is what must be unique (/about/team and /careers/team may both exist).
    if (takenAddresses.has(pagePath({ slug, parentSlug }))) {
      const unique = [`${slug}-${page.id}`, `page-${page.id}`].find(
        (candidate) => !takenAddresses.has(pagePath({ slug: candidate, parentSlug })),
      )!
      notes.push(`another page has the address ${pagePath({ slug, parentSlug })}; now "${unique}"`)
      slug = unique
    }
    takenAddresses.add(pagePath({ slug, parentSlug }))
    slugs.set(page.id, slug)
    // Ids are page-<slug>; a second "team" (under another parent) takes its parent's slug too.
    const id =
      [`page-${slug}`, parentSlug && `page-${parentSlug}-${slug}`, `page-${slug}-${page.id}`].find(
        (candidate): candidate is string =>
          Boolean(candidate) && !takenIds.has(candidate as string),
      ) ?? `page-wp-${page.id}`
    takenIds.add(id)
    ids.set(page.id, id)
  }

  for (const { page } of order) {
    const kind = fates.get(page.id)!
    const slug = slugs.get(page.id)!
    const documentId = ids.get(page.id)!
    const parentPage = parents.get(page.id)
    const parentSlug = parentPage ? slugs.get(parentPage.id) : undefined
    plans.set(page.id, {
      kind,
      id: page.id,
      documentId: kind === 'draft' ? `drafts.${documentId}` : documentId,
      slug,
      parent:
        parentPage && parentSlug
          ? { slug: parentSlug, documentId: ids.get(parentPage.id)! }
          : undefined,
      path: pagePath({ slug, parentSlug }),
      wordpressPath: wordpressPagePath(page, ancestors(page).chain),
      warnings: (warnings.get(page.id) ?? []).map((note) => `${label(page)}: ${note}`),
    })
  }
  return plans
}

/** A slug the site refuses, made acceptable: "support" → "support-page", "2024" → "2024-page". */
function fixSlug(slug: string, id: string): string {
  const fixed = `${slug.slice(0, 80).replace(/-+$/, '')}-page`
  return pageSlugProblem(fixed) ? `page-${id}` : fixed
}

/**
 * The path WordPress served the page at: its <link> when that is a pretty address, else
 * the chain of its ancestors' slugs (WordPress's own rule for page permalinks).
 */
function wordpressPagePath(page: WordPressPage, chain: WordPressPage[]): string | undefined {
  try {
    const url = new URL(page.link.trim())
    if (!url.search && url.pathname !== '/') return url.pathname
  } catch {
    // No usable link: build it below.
  }
  const names = [...chain]
    .reverse()
    .concat(page)
    .map((item) => item.name.trim())
  if (names.some((name) => !name)) return undefined
  return `/${names.join('/')}/`
}

/**
 * The old address to redirect to a page's new one, or undefined when it must not be: the
 * same address, the home page, another page's new address, or an address the site itself
 * answers (a WordPress page called "support" was at /support/, which is the site's own
 * support page and stays so).
 */
export function pageRedirectSource(
  plan: Importable,
  livePaths: ReadonlySet<string>,
): { from: string } | { refused: string } | undefined {
  if (!plan.wordpressPath) return undefined
  const from = normalPath(decodeWordPressSlug(plan.wordpressPath))
  if (from === '/' || from === normalPath(plan.path)) return undefined
  const first = from.split('/')[1] ?? ''
  if (RESERVED_SLUGS.has(first) || /^\d+$/.test(first) || livePaths.has(from))
    return { refused: from }
  return { from }
}
