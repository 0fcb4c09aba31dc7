/**
 * The worker's work on HTML, as plain string functions (unit tested in html.test.ts): what
 * a saved article is called and which files it needs, the "Saved copy from <date>" notice,
 * and the offline page's list. The markup's classes are Tailwind's, found by Tailwind in this
 * file like in any component, so they exist in the site's one stylesheet.
 */
import { formatDate } from '../../text/format-date.ts'
import { SITE_TIME_ZONE } from '../../addresses/permalink.ts'
import { decodeEntities } from '../../text/html-entities.ts'
import type { ListedArticle } from './saved.ts'

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** The attributes of one tag, by name (lower case), decoded. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const [, name, value] of tag.matchAll(/\s([a-zA-Z:-]+)(?:="([^"]*)")?/g))
    found[name!.toLowerCase()] = decodeEntities(value ?? '')
  return found
}

function metaContent(html: string, key: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const attrs = attributes(tag)
    if ((attrs.property ?? attrs.name) === key && attrs.content) return attrs.content
  }
  return null
}

/** An article page's title (Open Graph's, without the site name) and publication date. */
export function readArticle(html: string): { title: string; published: string | null } {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]
  const title =
    metaContent(html, 'og:title') ??
    (heading ? decodeEntities(heading.replace(/<[^>]*>/g, '')).trim() : null) ??
    decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim()
  return { title: title || 'Untitled', published: metaContent(html, 'article:published_time') }
}

/**
 * The files a page needs to look right (stylesheets, scripts, its icon), as absolute
 * addresses on the page's origin. Images are not here: the worker keeps the ones the browser
 * asks for, at the size it chose.
 */
export function pageFiles(html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin
  const files = new Set<string>()
  const add = (href: string | undefined) => {
    if (!href) return
    const url = new URL(href, pageUrl)
    if (url.origin === origin) files.add(url.href)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const attrs = attributes(tag)
    const rel = attrs.rel?.split(/\s+/) ?? []
    if (rel.includes('stylesheet') || rel.includes('icon')) add(attrs.href)
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) add(attributes(tag).src)
  return [...files]
}

const savedAtFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** "1 December 2026 at 09:12", Nairobi time, like every date on the site. */
export function formatSavedAt(ms: number): string {
  return savedAtFormat.format(new Date(ms))
}

const NOTICE_CLASS =
  'mx-auto mb-6 max-w-[65ch] rounded-md border border-rule bg-card px-4 py-3 text-sm text-ink'

function notice(text: string): string {
  return `<p role="status" data-offline-notice class="${NOTICE_CLASS}">${text}</p>`
}

/** Puts a notice at the top of the page's main landmark. */
export function withNotice(html: string, noticeHtml: string): string {
  const main = /<main\b[^>]*>/.exec(html)
  if (!main) return html
  const at = main.index + main[0].length
  return html.slice(0, at) + noticeHtml + html.slice(at)
}

/** The article as saved, with "Saved copy from <date>" above it. */
export function savedCopy(html: string, savedAt: number): string {
  return withNotice(
    html,
    notice(
      `<strong>Saved copy from ${escapeHtml(formatSavedAt(savedAt))}.</strong> The network did not answer, so this is the copy kept on this phone.`,
    ),
  )
}

function listItem(article: ListedArticle): string {
  const date = article.published
    ? `<p class="mt-1 text-sm text-muted"><time datetime="${escapeHtml(article.published)}">${escapeHtml(formatDate(article.published))}</time></p>`
    : ''
  return `<li><a href="${escapeHtml(article.path)}" class="font-serif text-xl leading-snug font-bold text-ink hover:underline">${escapeHtml(article.title)}</a>${date}</li>`
}

/**
 * The offline page with the saved articles listed (components/offline-view.tsx renders the
 * empty list and the "nothing saved" line; the list is filled here). `missing`: the page
 * answers an address the worker has no copy of, and says so.
 */
export function offlinePage(
  shell: string,
  articles: ListedArticle[],
  options: { missing?: boolean } = {},
): string {
  let html = shell.replace(
    /(<ul\b[^>]*\bdata-offline-list\b[^>]*>)[\s\S]*?(<\/ul>)/,
    (_, open: string, close: string) => open + articles.map(listItem).join('') + close,
  )
  if (articles.length > 0) html = html.replace(/<p\b(?=[^>]*\bdata-offline-empty\b)/, '<p hidden')
  if (options.missing)
    html = withNotice(
      html,
      notice(
        '<strong>You are offline.</strong> This page is not saved on this phone. The articles below are: they read without a connection.',
      ),
    )
  return html
}

/** The offline view's content, for the offline page made from a saved article (below). */
const OFFLINE_MAIN = `<div class="mx-auto max-w-[65ch]"><h1 class="font-serif text-3xl leading-tight font-bold sm:text-4xl">Saved articles</h1><ul data-offline-list class="mt-8 grid gap-6"></ul><p data-offline-empty class="mt-8 text-muted">Nothing saved on this phone yet.</p></div>`

/**
 * An offline page made from a saved article's HTML (its header, footer and stylesheet), for
 * the time before the worker has kept the real one (/offline): the reader's first page is
 * saved from the browser's own cache, and /offline is fetched with the next page read, so a
 * first visit downloads nothing but the worker. The article's content and image preloads go.
 */
export function offlineShellFrom(article: string): string {
  const site = metaContent(article, 'og:site_name') ?? 'Nabado'
  return article
    .replace(/<title>[^<]*<\/title>/, `<title>Saved articles · ${escapeHtml(site)}</title>`)
    .replace(/<link\b[^>]*\brel="preload"[^>]*>/g, '')
    .replace(
      /(<main\b[^>]*>)[\s\S]*(<\/main>)/,
      (_, open: string, close: string) => open + OFFLINE_MAIN + close,
    )
}
