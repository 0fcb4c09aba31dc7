import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { once } from 'node:events'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { toNdjson, type SanityDocument } from '../../lib/dataset/ndjson.ts'
import { normalPath, type RedirectMap } from '../../lib/redirects/redirect-map.ts'
import { checkExport } from '../../sanity/dataset/check-export.ts'
import { authorDocument, authorSlug, termDocument, wordpressNicename } from './documents.ts'
import type { ImageMode } from './html-to-portable-text.ts'
import { mapPage } from './page-document.ts'
import { pageRedirectSource, planPages, type PagePlan, type WordPressPage } from './page-plan.ts'
import { mapPost, type MappedPost, type PostContext } from './post-document.ts'
import { decodeWordPressSlug, plainText } from './wordpress-values.ts'
import { readWxr, WxrError } from './wxr-reader.ts'
import type { WxrAuthor, WxrChannel, WxrTerm } from './wxr-types.ts'

export type ImportOptions = {
  input: string
  output: string
  redirects: string
  drafts: 'skip' | 'draft'
  images: ImageMode
  /** Post types to pass over knowingly (a plugin's), instead of stopping on them. */
  skipTypes: string[]
  /** Documents to write first (the bundled dataset's settings, with --bundled). */
  extraDocuments?: SanityDocument[]
  /** Called as the export is read: bytes done of the total (two passes over the file). */
  onProgress?: (done: number, total: number) => void
}

export type ImportSummary = {
  posts: number
  /** Of the published posts, those WordPress had scheduled (status future): out at their date. */
  scheduledPosts: number
  drafts: number
  skippedPosts: number
  /** Pages imported published, as drafts, and left out. */
  pages: number
  pageDrafts: number
  skippedPages: number
  attachments: number
  categories: number
  tags: number
  authors: number
  images: number
  classicBodies: number
  blockBodies: number
  shortcodes: Record<string, number>
  /** Blocks other than text in the imported bodies, by type (dataTable, code, embed, …). */
  blocks: Record<string, number>
  redirects: number
  warnings: string[]
}

/** Post types WordPress itself keeps in an export that are not content readers see. */
const WORDPRESS_INTERNAL_TYPES = new Set([
  'nav_menu_item',
  'revision',
  'wp_block',
  'wp_template',
  'wp_template_part',
  'wp_navigation',
  'wp_global_styles',
  'wp_font_family',
  'wp_font_face',
  'custom_css',
  'customize_changeset',
  'oembed_cache',
  'user_request',
])

export class ImportError extends Error {}

type Registry = {
  channel: WxrChannel
  authors: Map<string, WxrAuthor>
  terms: Map<string, WxrTerm>
  attachments: Map<string, { url: string; alt: string }>
  originals: Set<string>
  pages: WordPressPage[]
  skippedTypes: Map<string, number>
}

/**
 * Imports a WordPress export into an NDJSON file `sanity dataset import` accepts and the
 * bundled source serves, plus the redirect map for old addresses. Two streaming passes: the
 * first checks the whole file (WXR, well-formed, known post types) and notes authors, terms
 * and attachments; the second converts posts one at a time. Output goes to a temporary file
 * renamed into place only at the end, so a failure never leaves a half-written file.
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const size = (await stat(options.input).catch(() => undefined))?.size
  if (size === undefined) throw new ImportError(`Cannot read ${options.input}: no such file.`)
  const progress = (pass: number) => (bytes: number) =>
    options.onProgress?.(pass * size + bytes, size * 2)

  const registry = await firstPass(options, progress(0))
  const temporary = `${options.output}.${process.pid}.tmp`
  const redirectsTemporary = `${options.redirects}.${process.pid}.tmp`
  await mkdir(path.dirname(path.resolve(options.output)), { recursive: true })
  await mkdir(path.dirname(path.resolve(options.redirects)), { recursive: true })
  try {
    const result = await secondPass(options, registry, temporary, progress(1))
    await writeFile(redirectsTemporary, `${JSON.stringify(result.redirects, null, 2)}\n`)
    await rename(temporary, options.output)
    await rename(redirectsTemporary, options.redirects)
    return result.summary
  } finally {
    await rm(temporary, { force: true })
    await rm(redirectsTemporary, { force: true })
  }
}

async function* fileChunks(file: string, onBytes: (bytes: number) => void) {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  for await (const chunk of stream) {
    yield chunk as string
    onBytes(stream.bytesRead)
  }
}

async function firstPass(
  options: ImportOptions,
  onBytes: (bytes: number) => void,
): Promise<Registry> {
  const registry: Registry = {
    channel: { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '' },
    authors: new Map(),
    terms: new Map(),
    attachments: new Map(),
    originals: new Set(),
    pages: [],
    skippedTypes: new Map(),
  }
  const unknown = new Map<string, string[]>()
  const addTerm = (term: WxrTerm) => {
    const key = `${term.kind === 'tag' ? 'post_tag' : 'category'}:${term.slug}`
    if (!registry.terms.has(key)) registry.terms.set(key, term)
  }
  let items = 0
  try {
    for await (const event of readWxr(fileChunks(options.input, onBytes))) {
      if (event.kind === 'channel') registry.channel = event.channel
      else if (event.kind === 'author') registry.authors.set(event.author.login, event.author)
      else if (event.kind === 'term') addTerm(event.term)
      else {
        items += 1
        const { fields } = event.item
        const type = (fields['wp:post_type'] ?? '').trim()
        const id = (fields['wp:post_id'] ?? '').trim()
        if (type === 'attachment') {
          const url = (fields['wp:attachment_url'] ?? '').trim()
          const alt =
            event.item.meta.find((meta) => meta.key === '_wp_attachment_image_alt')?.value ?? ''
          registry.attachments.set(id, { url, alt })
          if (url) registry.originals.add(url)
        } else if (type === 'post') {
          for (const category of event.item.categories) {
            if (category.domain !== 'category' && category.domain !== 'post_tag') continue
            addTerm({
              kind: category.domain === 'post_tag' ? 'tag' : 'category',
              id: '',
              slug: category.nicename,
              name: category.name,
              description: '',
              parentSlug: '',
            })
          }
          const login = (fields['dc:creator'] ?? '').trim()
          if (login && !registry.authors.has(login)) {
            registry.authors.set(login, {
              id: '',
              login,
              displayName: '',
              firstName: '',
              lastName: '',
            })
          }
        } else if (type === 'page') {
          registry.pages.push({
            id,
            title: plainText(fields.title ?? '') || `Untitled (WordPress page ${id})`,
            name: (fields['wp:post_name'] ?? '').trim(),
            parentId: (fields['wp:post_parent'] ?? '').trim(),
            status: (fields['wp:status'] ?? '').trim(),
            protected: (fields['wp:post_password'] ?? '').trim() !== '',
            link: fields.link ?? '',
          })
        } else if (WORDPRESS_INTERNAL_TYPES.has(type) || options.skipTypes.includes(type)) {
          registry.skippedTypes.set(type, (registry.skippedTypes.get(type) ?? 0) + 1)
        } else {
          const list = unknown.get(type) ?? []
          if (list.length < 3) list.push(id)
          unknown.set(type, list)
        }
      }
    }
  } catch (error) {
    if (error instanceof WxrError) throw new ImportError(`${options.input}: ${error.message}`)
    throw error
  }
  if (items === 0 && registry.authors.size === 0 && registry.terms.size === 0) {
    throw new ImportError(`${options.input}: the export has no items, authors or terms.`)
  }
  if (unknown.size > 0) {
    const list = [...unknown]
      .map(([type, ids]) => `"${type || '(none)'}" (e.g. item ${ids.join(', ')})`)
      .join(', ')
    throw new ImportError(
      `${options.input}: unknown post type ${list}. Nabado imports posts and pages; pass --skip-type <type> to leave a plugin's type out knowingly.`,
    )
  }
  return registry
}

/** What the second pass builds as it goes; each of its steps adds to it. */
type Output = {
  summary: ImportSummary
  redirects: RedirectMap
  /**
   * Appends a document that follows the import rules and answers true; false, with a warning,
   * when a document with its id was already written (this one is left out).
   */
  write: (document: SanityDocument) => Promise<boolean>
}

/** A post mapPost converted, drafts included. */
type ConvertedPost = Exclude<MappedPost, { kind: 'skipped' }>

/**
 * Writes the documents (the kept settings, authors, categories and tags, then each post as the
 * export is read again) and builds the redirect map and the summary. The steps run in the
 * output's order: the same export must give the same files, byte for byte.
 */
async function secondPass(
  options: ImportOptions,
  registry: Registry,
  temporary: string,
  onBytes: (bytes: number) => void,
): Promise<{ summary: ImportSummary; redirects: RedirectMap }> {
  const file = ndjsonWriter(temporary)
  const summary = emptySummary(registry)
  const rules = importRules(summary.warnings)
  const redirects: RedirectMap = {
    query: { p: {}, page_id: {}, cat: {}, author: {}, tag: {} },
    paths: {},
  }
  const output: Output = {
    summary,
    redirects,
    write: async (document) => {
      if (!rules.accept(document)) return false
      await file.write(document)
      return true
    },
  }

  const authorIdByLogin = await writeAuthors(registry, output)
  const { termIdBySlug, categorySlugs } = await writeTerms(registry, output)
  redirectNestedCategories(registry, categorySlugs, redirects)
  warnAboutLeftOut(registry, summary.warnings)
  const pages = planPages(registry.pages, options.drafts)
  const context = postContext(options, registry, authorIdByLogin, termIdBySlug)
  await writeItems(options.input, context, pages, output, onBytes)
  // Last, when every page is written: a kept settings document may link to pages.
  for (const document of options.extraDocuments ?? [])
    await output.write(withoutMissingPages(document, rules.has, summary.warnings))

  await file.close()
  const missing = rules.missingReferences()
  if (missing.length > 0)
    throw new ImportError(`internal error: references to missing documents ${missing.join(', ')}`)
  summary.redirects = countRedirects(redirects)
  return { summary, redirects }
}

/** Appends documents to a file as NDJSON, waiting for the stream to drain when it is full. */
function ndjsonWriter(file: string) {
  const out = createWriteStream(file, { encoding: 'utf8' })
  // A write error (a full disk…) rejects whatever is being waited for instead of going unheard.
  const failed = once(out, 'error').then(([error]) => {
    throw error
  })
  failed.catch(() => undefined)
  return {
    write: async (document: SanityDocument) => {
      if (!out.write(toNdjson([document]))) await Promise.race([once(out, 'drain'), failed])
    },
    close: async () => {
      out.end()
      await Promise.race([once(out, 'finish'), failed])
    },
  }
}

function emptySummary(registry: Registry): ImportSummary {
  return {
    posts: 0,
    scheduledPosts: 0,
    drafts: 0,
    skippedPosts: 0,
    pages: 0,
    pageDrafts: 0,
    skippedPages: 0,
    attachments: registry.attachments.size,
    categories: 0,
    tags: 0,
    authors: registry.authors.size,
    images: 0,
    classicBodies: 0,
    blockBodies: 0,
    shortcodes: {},
    blocks: {},
    redirects: 0,
    warnings: [],
  }
}

/**
 * The import rules of `sanity dataset import` (sanity/dataset/check-export.ts), checked document
 * by document as each is written; references are checked at the end against every id written
 * (ids are all that is kept, so memory stays flat).
 */
function importRules(warnings: string[]) {
  const ids = new Set<string>()
  const refs = new Set<string>()
  return {
    /** True for a document to write; false, with a warning, for an id already written. */
    accept(document: SanityDocument): boolean {
      const problems = checkExport([document]).filter(
        (problem) => !problem.includes('reference to missing'),
      )
      if (problems.length > 0) throw new ImportError(`internal error: ${problems.join('; ')}`)
      if (ids.has(document._id)) {
        warnings.push(`${document._id} appears twice in the export; the second is left out`)
        return false
      }
      ids.add(document._id)
      collectRefs(document, refs)
      return true
    },
    missingReferences: () => [...refs].filter((ref) => !ids.has(ref)),
    has: (id: string) => ids.has(id),
  }
}

/** An old WordPress path to redirect, unless it is the home page or already the new address. */
function addOldPath(redirects: RedirectMap, from: string, to: string) {
  const key = normalPath(decodeWordPressSlug(from))
  if (key !== normalPath(to) && key !== '/') redirects.paths[key] = to
}

/** Author documents; ?author=<id> and /author/<WordPress nicename> redirect to their page. */
async function writeAuthors(registry: Registry, { write, redirects }: Output) {
  const authorIdByLogin = new Map<string, string>()
  for (const author of registry.authors.values()) {
    const document = authorDocument(author)
    authorIdByLogin.set(author.login, document._id)
    await write(document)
    const slug = authorSlug(author)
    if (author.id) redirects.query.author![author.id] = `/author/${slug}`
    addOldPath(redirects, `/author/${wordpressNicename(author)}`, `/author/${slug}`)
  }
  return authorIdByLogin
}

/**
 * Category and tag documents. ?cat=<id> redirects to the category's page; tags have no pages
 * on the site, so ?tag=<slug> and /tag/<slug> redirect to a search for the tag's name.
 */
async function writeTerms(registry: Registry, { write, redirects, summary }: Output) {
  const termIdBySlug = new Map<string, string>()
  const categorySlugs = new Map<string, string>()
  for (const [key, term] of registry.terms) {
    const { document, changed } = termDocument(term)
    const slug = (document.slug as { current: string }).current
    termIdBySlug.set(key, document._id)
    await write(document)
    if (term.kind === 'category') {
      summary.categories += 1
      categorySlugs.set(term.slug, slug)
      if (term.id) redirects.query.cat![term.id] = `/category/${slug}`
      if (changed)
        summary.warnings.push(
          `category "${term.name}": slug "${term.slug}" is now "${slug}" (old address redirects)`,
        )
    } else {
      summary.tags += 1
      const search = `/search?q=${encodeURIComponent(document.title as string)}`
      redirects.query.tag![decodeWordPressSlug(term.slug).toLowerCase()] = search
      addOldPath(redirects, `/tag/${term.slug}`, search)
    }
  }
  return { termIdBySlug, categorySlugs }
}

/** WordPress nests child categories (/category/parent/child/); here each is flat. */
function redirectNestedCategories(
  registry: Registry,
  categorySlugs: ReadonlyMap<string, string>,
  redirects: RedirectMap,
) {
  for (const term of registry.terms.values()) {
    if (term.kind !== 'category') continue
    const trail = [term.slug]
    for (let parent = term.parentSlug, depth = 0; parent && depth < 10; depth += 1) {
      trail.unshift(parent)
      parent = registry.terms.get(`category:${parent}`)?.parentSlug ?? ''
    }
    addOldPath(
      redirects,
      `/category/${trail.join('/')}`,
      `/category/${categorySlugs.get(term.slug)}`,
    )
  }
}

/** Names what the site has no place for, so the editor can decide what to recreate. */
function warnAboutLeftOut(registry: Registry, warnings: string[]) {
  for (const [type, count] of registry.skippedTypes) {
    warnings.push(`${count} item(s) of type "${type}" left out (not reader content)`)
  }
}

function postContext(
  options: ImportOptions,
  registry: Registry,
  authorIdByLogin: ReadonlyMap<string, string>,
  termIdBySlug: ReadonlyMap<string, string>,
): PostContext {
  return {
    baseUrl: registry.channel.baseBlogUrl || registry.channel.baseSiteUrl || registry.channel.link,
    images: options.images,
    drafts: options.drafts,
    authorIdByLogin,
    termIdBySlug,
    attachments: registry.attachments,
    originals: registry.originals,
  }
}

/**
 * A kept document (the bundled settings) without footer links to pages the import did not
 * write: the bundled About page is gone once a WordPress export replaces the dataset.
 */
function withoutMissingPages(
  document: SanityDocument,
  written: (id: string) => boolean,
  warnings: string[],
): SanityDocument {
  if (!Array.isArray(document.footerLinks)) return document
  const links = document.footerLinks as Array<{ label?: string; page?: { _ref?: string } }>
  const kept = links.filter((link) => !link.page?._ref || written(link.page._ref))
  for (const link of links.filter((candidate) => !kept.includes(candidate)))
    warnings.push(
      `footer link "${link.label ?? link.page?._ref}" left out of the settings: the import has no page ${link.page?._ref}`,
    )
  return { ...document, footerLinks: kept }
}

/** Reads the export again and converts and writes its posts and pages, one at a time. */
async function writeItems(
  input: string,
  context: PostContext,
  pages: ReadonlyMap<string, PagePlan>,
  output: Output,
  onBytes: (bytes: number) => void,
) {
  const { summary } = output
  // Each published post's slug → its WordPress id, to name the first owner of a shared slug.
  const slugs = new Map<string, string>()
  const livePaths = new Set(
    [...pages.values()].flatMap((plan) =>
      plan.kind === 'published' ? [normalPath(plan.path)] : [],
    ),
  )
  for await (const event of readWxr(fileChunks(input, onBytes))) {
    if (event.kind !== 'item') continue
    const type = event.item.fields['wp:post_type']?.trim()
    if (type === 'page') {
      const plan = pages.get((event.item.fields['wp:post_id'] ?? '').trim())
      if (plan) await writePage(event.item, plan, context, output, livePaths)
      continue
    }
    if (type !== 'post') continue
    const mapped = mapPost(event.item, context)
    if (mapped.kind === 'skipped') {
      summary.skippedPosts += 1
      summary.warnings.push(`skipped ${mapped.reason}`)
      continue
    }
    // jsdom frees a post's document only once the event loop turns: let it, every post.
    await nextTurn()
    if (!(await output.write(mapped.document))) continue
    countPost(summary, mapped)
    if (mapped.kind === 'draft') continue
    warnOnSharedSlug(mapped, slugs, summary.warnings)
    if (!mapped.scheduled) redirectPost(mapped, output)
  }
  pagesOverPosts(pages, slugs, output)
}

/**
 * A page and a post sharing an address: /<slug> shows the page (lib/loaders/page.ts), so a
 * post's old /<slug>/ (WordPress's /%postname%/ permalinks) no longer redirects there, and
 * the post keeps its dated address. Both are said.
 */
function pagesOverPosts(
  pages: ReadonlyMap<string, PagePlan>,
  postSlugs: ReadonlyMap<string, string>,
  { redirects, summary }: Output,
) {
  for (const plan of pages.values()) {
    if (plan.kind !== 'published') continue
    const path = normalPath(plan.path)
    const post = plan.parent ? undefined : postSlugs.get(plan.slug)
    if (redirects.paths[path] !== undefined) {
      summary.warnings.push(
        `page ${plan.id} is at ${plan.path}, which also was post ${post ?? '?'}'s WordPress address: ${plan.path} shows the page, the post stays at ${redirects.paths[path]}`,
      )
      delete redirects.paths[path]
    } else if (post) {
      summary.warnings.push(
        `page ${plan.id} and post ${post} share the slug "${plan.slug}": ${plan.path} shows the page, the post stays at its dated address`,
      )
    }
  }
}

/**
 * Converts and writes one page as planned (pages.ts), and sends its old addresses to the new
 * one: ?page_id=<id> and the WordPress path (/about/, /about/team/), for a published page.
 */
async function writePage(
  item: Parameters<typeof mapPage>[0],
  plan: PagePlan,
  context: PostContext,
  output: Output,
  livePaths: ReadonlySet<string>,
) {
  const { summary, redirects } = output
  if (plan.kind === 'skipped') {
    summary.skippedPages += 1
    summary.warnings.push(`skipped ${plan.reason}`)
    return
  }
  const mapped = mapPage(item, context, plan)
  await nextTurn()
  if (!(await output.write(mapped.document))) return
  countBody(summary, mapped, mapped.document)
  if (plan.kind === 'draft') {
    summary.pageDrafts += 1
    return
  }
  summary.pages += 1
  redirects.query.page_id![plan.id] = plan.path
  const source = pageRedirectSource(plan, livePaths)
  if (source && 'from' in source) redirects.paths[source.from] = plan.path
  else if (source)
    summary.warnings.push(
      `page ${plan.id}: its WordPress address ${source.refused} is the site's own (or another page's) and is not redirected; ?page_id=${plan.id} leads to ${plan.path}`,
    )
}

/** Adds a written body to the summary: warnings, images, editor, shortcodes, block types. */
function countBody(
  summary: ImportSummary,
  mapped: { warnings: string[]; images: number; editor: string; shortcodes: string[] },
  document: SanityDocument,
) {
  summary.warnings.push(...mapped.warnings)
  summary.images += mapped.images
  if (mapped.editor === 'block') summary.blockBodies += 1
  else summary.classicBodies += 1
  for (const name of mapped.shortcodes)
    summary.shortcodes[name] = (summary.shortcodes[name] ?? 0) + 1
  for (const block of (document.body ?? []) as Array<{ _type: string }>) {
    if (block._type === 'block' || block._type === 'inlineImage') continue
    summary.blocks[block._type] = (summary.blocks[block._type] ?? 0) + 1
  }
}

/** Adds a written post to the summary. */
function countPost(summary: ImportSummary, mapped: ConvertedPost) {
  countBody(summary, mapped, mapped.document)
  if (mapped.kind === 'draft') summary.drafts += 1
  else summary.posts += 1
  if (mapped.kind === 'published' && mapped.scheduled) summary.scheduledPosts += 1
}

/** The WordPress post id a post document was made from (wp-post-<id>, or its draft). */
const wordpressPostId = (document: SanityDocument) =>
  document._id.replace(/^drafts\./, '').replace(/^wp-post-/, '')

/** The site finds a post by its slug alone, so two published posts sharing one need a rename. */
function warnOnSharedSlug(mapped: ConvertedPost, slugs: Map<string, string>, warnings: string[]) {
  const wordpressId = wordpressPostId(mapped.document)
  const slug = (mapped.document.slug as { current: string }).current
  const clash = slugs.get(slug)
  if (clash) {
    warnings.push(
      `post ${wordpressId}: slug "${slug}" is also post ${clash}'s; the site finds posts by slug, so rename one in the Studio`,
    )
  } else slugs.set(slug, wordpressId)
}

/**
 * ?p=<id> and WordPress's own address for a published post, when that differs from the new
 * one; a differing dated address is also a warning, as the permalink was meant to stay.
 */
function redirectPost(mapped: ConvertedPost, { redirects, summary }: Output) {
  const wordpressId = wordpressPostId(mapped.document)
  redirects.query.p![wordpressId] = mapped.path
  if (!mapped.wordpressPath) return
  const old = normalPath(decodeWordPressSlug(mapped.wordpressPath))
  if (old === normalPath(mapped.path)) return
  addOldPath(redirects, mapped.wordpressPath, mapped.path)
  if (!mapped.slugChanged && /^\/\d{4}\/\d{2}\/\d{2}\//.test(old)) {
    summary.warnings.push(
      `post ${wordpressId}: WordPress's address ${old} differs from the new ${mapped.path}; it redirects`,
    )
  }
}

function countRedirects(redirects: RedirectMap): number {
  return (
    Object.keys(redirects.paths).length +
    Object.values(redirects.query).reduce((sum, map) => sum + Object.keys(map ?? {}).length, 0)
  )
}

function collectRefs(value: unknown, refs: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, refs)
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string') refs.add(record._ref)
    for (const child of Object.values(record)) collectRefs(child, refs)
  }
}
