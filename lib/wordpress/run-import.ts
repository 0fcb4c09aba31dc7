import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { once } from 'node:events'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { checkExport } from '../../sanity/dataset/check-export.ts'
import {
  authorDocument,
  authorSlug,
  termDocument,
  wordpressNicename,
  type SanityDocument,
} from './documents.ts'
import type { ImageMode } from './html-to-portable-text.ts'
import { mapPost, type PostContext } from './post-document.ts'
import { normalPath, type RedirectMap } from './redirect-map.ts'
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
  drafts: number
  skippedPosts: number
  pages: number
  attachments: number
  categories: number
  tags: number
  authors: number
  images: number
  classicBodies: number
  blockBodies: number
  shortcodes: Record<string, number>
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
  pages: Array<{ id: string; title: string; link: string }>
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
          registry.pages.push({ id, title: plainText(fields.title ?? ''), link: fields.link ?? '' })
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
      `${options.input}: unknown post type ${list}. Nabado imports posts; pass --skip-type <type> to leave a plugin's type out knowingly.`,
    )
  }
  return registry
}

async function secondPass(
  options: ImportOptions,
  registry: Registry,
  temporary: string,
  onBytes: (bytes: number) => void,
): Promise<{ summary: ImportSummary; redirects: RedirectMap }> {
  const out = createWriteStream(temporary, { encoding: 'utf8' })
  const failed = once(out, 'error').then(([error]) => {
    throw error
  })
  failed.catch(() => undefined)
  const write = async (document: SanityDocument) => {
    if (!out.write(`${JSON.stringify(document)}\n`))
      await Promise.race([once(out, 'drain'), failed])
  }
  const summary: ImportSummary = {
    posts: 0,
    drafts: 0,
    skippedPosts: 0,
    pages: registry.pages.length,
    attachments: registry.attachments.size,
    categories: 0,
    tags: 0,
    authors: registry.authors.size,
    images: 0,
    classicBodies: 0,
    blockBodies: 0,
    shortcodes: {},
    redirects: 0,
    warnings: [],
  }
  const redirects: RedirectMap = { query: { p: {}, cat: {}, author: {}, tag: {} }, paths: {} }
  const addPath = (from: string, to: string) => {
    const key = normalPath(decodeWordPressSlug(from))
    if (key !== normalPath(to) && key !== '/') redirects.paths[key] = to
  }
  // The import rules (sanity/dataset/check-export.ts) are checked document by document;
  // references are checked at the end against every id written (ids are all that is kept).
  const ids = new Set<string>()
  const refs = new Set<string>()
  const checkShape = (document: SanityDocument) => {
    const problems = checkExport([document]).filter(
      (problem) => !problem.includes('reference to missing'),
    )
    if (problems.length > 0) throw new ImportError(`internal error: ${problems.join('; ')}`)
    if (ids.has(document._id)) {
      summary.warnings.push(`${document._id} appears twice in the export; the second is left out`)
      return false
    }
    ids.add(document._id)
    collectRefs(document, refs)
    return true
  }

  for (const document of options.extraDocuments ?? []) {
    if (checkShape(document)) await write(document)
  }

  const authorIdByLogin = new Map<string, string>()
  for (const author of registry.authors.values()) {
    const document = authorDocument(author)
    authorIdByLogin.set(author.login, document._id)
    if (checkShape(document)) await write(document)
    const slug = authorSlug(author)
    if (author.id) redirects.query.author![author.id] = `/author/${slug}`
    addPath(`/author/${wordpressNicename(author)}`, `/author/${slug}`)
  }

  const termIdBySlug = new Map<string, string>()
  const categorySlugs = new Map<string, string>()
  for (const [key, term] of registry.terms) {
    const { document, changed } = termDocument(term)
    const slug = (document.slug as { current: string }).current
    termIdBySlug.set(key, document._id)
    if (checkShape(document)) await write(document)
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
      addPath(`/tag/${term.slug}`, search)
    }
  }
  // Category addresses: WordPress nests children (/category/parent/child/); here each is flat.
  for (const term of registry.terms.values()) {
    if (term.kind !== 'category') continue
    const trail = [term.slug]
    for (let parent = term.parentSlug, depth = 0; parent && depth < 10; depth += 1) {
      trail.unshift(parent)
      parent = registry.terms.get(`category:${parent}`)?.parentSlug ?? ''
    }
    addPath(`/category/${trail.join('/')}`, `/category/${categorySlugs.get(term.slug)}`)
  }

  for (const page of registry.pages) {
    summary.warnings.push(
      `page ${page.id} "${page.title}" (${page.link}) not imported: the new site has no pages; recreate it if readers need it`,
    )
  }
  for (const [type, count] of registry.skippedTypes) {
    summary.warnings.push(`${count} item(s) of type "${type}" left out (not reader content)`)
  }

  const context: PostContext = {
    baseUrl: registry.channel.baseBlogUrl || registry.channel.baseSiteUrl || registry.channel.link,
    images: options.images,
    drafts: options.drafts,
    authorIdByLogin,
    termIdBySlug,
    attachments: registry.attachments,
    originals: registry.originals,
  }
  const slugs = new Map<string, string>()
  for await (const event of readWxr(fileChunks(options.input, onBytes))) {
    if (event.kind !== 'item' || event.item.fields['wp:post_type']?.trim() !== 'post') continue
    const mapped = mapPost(event.item, context)
    if (mapped.kind === 'skipped') {
      summary.skippedPosts += 1
      summary.warnings.push(`skipped ${mapped.reason}`)
      continue
    }
    // jsdom frees a post's document only once the event loop turns: let it, every post.
    await nextTurn()
    if (!checkShape(mapped.document)) continue
    await write(mapped.document)
    summary.warnings.push(...mapped.warnings)
    summary.images += mapped.images
    if (mapped.editor === 'block') summary.blockBodies += 1
    else summary.classicBodies += 1
    for (const name of mapped.shortcodes)
      summary.shortcodes[name] = (summary.shortcodes[name] ?? 0) + 1
    const wordpressId = mapped.document._id.replace(/^drafts\./, '').replace(/^wp-post-/, '')
    if (mapped.kind === 'draft') {
      summary.drafts += 1
      continue
    }
    summary.posts += 1
    const slug = (mapped.document.slug as { current: string }).current
    const clash = slugs.get(slug)
    if (clash) {
      summary.warnings.push(
        `post ${wordpressId}: slug "${slug}" is also post ${clash}'s; the site finds posts by slug, so rename one in the Studio`,
      )
    } else slugs.set(slug, wordpressId)
    redirects.query.p![wordpressId] = mapped.path
    if (mapped.wordpressPath) {
      const old = normalPath(decodeWordPressSlug(mapped.wordpressPath))
      if (old !== normalPath(mapped.path)) {
        addPath(mapped.wordpressPath, mapped.path)
        if (!mapped.slugChanged && /^\/\d{4}\/\d{2}\/\d{2}\//.test(old)) {
          summary.warnings.push(
            `post ${wordpressId}: WordPress's address ${old} differs from the new ${mapped.path}; it redirects`,
          )
        }
      }
    }
  }

  out.end()
  await Promise.race([once(out, 'finish'), failed])
  const missing = [...refs].filter((ref) => !ids.has(ref))
  if (missing.length > 0)
    throw new ImportError(`internal error: references to missing documents ${missing.join(', ')}`)
  summary.redirects =
    Object.keys(redirects.paths).length +
    Object.values(redirects.query).reduce((sum, map) => sum + Object.keys(map ?? {}).length, 0)
  return { summary, redirects }
}

function collectRefs(value: unknown, refs: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, refs)
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string') refs.add(record._ref)
    for (const child of Object.values(record)) collectRefs(child, refs)
  }
}
