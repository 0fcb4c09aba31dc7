import '@/lib/server-only.ts'
import type { Metadata } from 'next'
import { getPage, type EditorPage } from '@/lib/content'
import { leadExcerpt } from '@/lib/search/excerpt.ts'
import { pageMetadata } from '@/lib/seo/metadata.ts'
import { notFound, page, type Loaded } from './result.ts'
import { loadSlugRedirect } from './slug-redirect.ts'
import type { PageProps } from '@/lib/view-props/page.ts'

/** What search results and share previews quote when the editor wrote no description. */
const DESCRIPTION_LENGTH = 160

/**
 * An editor's page (About, Privacy…) at /<slug>, or at /<parentSlug>/<slug> when it is under
 * that top-level page. Anything else is a 404: an address no page may have (one of the
 * site's routes, a number: lib/addresses/page-slugs.ts) without a read; a child page asked for at the
 * top level or under another parent; a page under a page that is itself under another.
 */
export async function loadPage(
  slug: string,
  parentSlug: string | null = null,
): Promise<Loaded<PageProps>> {
  const found = await getPage(slug, parentSlug)
  if (!found) return notFound
  return page({ page: found }, editorPageMetadata(found))
}

/**
 * /<slug>: the top-level page with that slug; else, as before pages existed, a 308 to the
 * article with that slug (a shortened or hand-typed link); else 404. A page therefore wins
 * over an article's short link, never over an article's own address (/YYYY/MM/DD/slug).
 * A child page is not served here (/team for /about/team): its slug is unique only under
 * its parent, so /team could name several pages (docs/architecture.md, "Editors' pages").
 */
export async function loadTopLevel(slug: string): Promise<Loaded<PageProps>> {
  const found = await loadPage(slug)
  return found.kind === 'page' ? found : loadSlugRedirect(slug)
}

/**
 * The page's metadata. An editor's SEO title and description win in search results; share
 * previews keep the page's title, and its opening words when it has no SEO description.
 */
function editorPageMetadata(found: EditorPage): Metadata {
  const opening = openingText(found.body)
  const seoDescription = found.seoDescription?.trim() || null
  const shared = pageMetadata({
    title: found.title,
    description: opening ?? seoDescription,
    path: found.path,
  })
  return {
    ...shared,
    title: found.seoTitle?.trim() || found.title,
    description: seoDescription ?? opening ?? undefined,
  }
}

/** The page's first paragraph, cut at a word to a search result's length; null if none. */
export function openingText(body: EditorPage['body']): string | null {
  for (const block of body) {
    if (block._type !== 'block' || (block.style && block.style !== 'normal') || block.listItem)
      continue
    const text = (block.children ?? []).map((child) => child.text ?? '').join('')
    const excerpt = leadExcerpt(text, DESCRIPTION_LENGTH)
      .map((part) => part.text)
      .join('')
    if (excerpt.trim()) return excerpt
  }
  return null
}
