import { SaxesParser } from 'saxes'
import type { WxrAuthor, WxrChannel, WxrItem, WxrTerm } from './wxr-types.ts'

/** WXR marks its WordPress fields with this namespace (1.0, 1.1 and 1.2 exports alike). */
const WXR_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/?$/

export class WxrError extends Error {}

/** What the reader hands out as it goes: the channel's terms and authors, then each item. */
export type WxrEvent =
  | { kind: 'channel'; channel: WxrChannel }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem }

/**
 * Reads a WordPress export (WXR) as a stream of text chunks and yields its authors, terms and
 * items one at a time, so memory stays flat however large the export: only the item being
 * read is held. Comments inside items are skipped unread. Throws WxrError when the file is
 * not WXR or the XML is broken or cut short.
 */
export async function* readWxr(chunks: AsyncIterable<string>): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ position: true })
  const pending: WxrEvent[] = []
  const stack: string[] = []
  let text = ''
  let rootChecked = false
  let channel: WxrChannel = { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '' }
  let channelSent = false
  let record: Record<string, string> | undefined
  let item: WxrItem | undefined
  let meta: { key: string; value: string } | undefined
  let openCategory: { domain: string; nicename: string } | undefined
  let skipDepth = 0

  const flushChannel = () => {
    if (!channelSent) pending.push({ kind: 'channel', channel })
    channelSent = true
  }

  parser.on('opentag', (tag) => {
    const name = tag.name
    if (!rootChecked) {
      rootChecked = true
      const namespace = String(tag.attributes['xmlns:wp'] ?? '')
      if (name !== 'rss' || !WXR_NAMESPACE.test(namespace)) {
        throw new WxrError(
          'This is not a WordPress export (WXR): expected <rss> with the WordPress export namespace. Make one in WordPress under Tools → Export.',
        )
      }
    }
    stack.push(name)
    text = ''
    if (skipDepth > 0 || name === 'wp:comment') {
      skipDepth += 1
      return
    }
    const parent = stack[stack.length - 2]
    if (name === 'item') {
      flushChannel()
      item = { fields: {}, categories: [], meta: [] }
    } else if (name === 'wp:author' || name === 'wp:category' || name === 'wp:tag') {
      if (parent === 'channel') record = {}
    } else if (name === 'wp:postmeta' && item) {
      meta = { key: '', value: '' }
    } else if (name === 'category' && item) {
      openCategory = {
        domain: String(tag.attributes.domain ?? ''),
        nicename: String(tag.attributes.nicename ?? ''),
      }
    }
  })

  const onText = (value: string) => {
    if (skipDepth === 0) text += value
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  parser.on('closetag', (tag) => {
    const name = tag.name
    stack.pop()
    if (skipDepth > 0) {
      skipDepth -= 1
      return
    }
    const value = text
    text = ''
    if (item) {
      if (name === 'item') {
        pending.push({ kind: 'item', item })
        item = undefined
      } else if (meta && name === 'wp:meta_key') meta.key = value
      else if (meta && name === 'wp:meta_value') meta.value = value
      else if (meta && name === 'wp:postmeta') {
        item.meta.push(meta)
        meta = undefined
      } else if (openCategory && name === 'category') {
        item.categories.push({ ...openCategory, name: value })
        openCategory = undefined
      } else if (!meta && !(name in item.fields)) item.fields[name] = value
      return
    }
    if (record) {
      if (name === 'wp:author') {
        pending.push({ kind: 'author', author: toAuthor(record) })
        record = undefined
      } else if (name === 'wp:category' || name === 'wp:tag') {
        pending.push({ kind: 'term', term: toTerm(name === 'wp:tag' ? 'tag' : 'category', record) })
        record = undefined
      } else record[name] = value
      return
    }
    if (stack[stack.length - 1] === 'channel') {
      if (name === 'title') channel = { ...channel, title: value.trim() }
      else if (name === 'link') channel = { ...channel, link: value.trim() }
      else if (name === 'wp:base_site_url') channel = { ...channel, baseSiteUrl: value.trim() }
      else if (name === 'wp:base_blog_url') channel = { ...channel, baseBlogUrl: value.trim() }
    }
    if (name === 'channel') flushChannel()
  })

  try {
    for await (const chunk of chunks) {
      parser.write(chunk)
      yield* pending.splice(0)
    }
    parser.close()
  } catch (error) {
    if (error instanceof WxrError) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (!rootChecked) throw new WxrError(`This is not a WordPress export (WXR): ${message}`)
    throw new WxrError(
      /unclosed|end of|unexpected end/i.test(message)
        ? `The export is cut short (truncated XML: ${message}). Export again from WordPress and retry.`
        : `The export is not well-formed XML: ${message}`,
    )
  }
  if (!rootChecked) throw new WxrError('This is not a WordPress export (WXR): the file is empty.')
  yield* pending.splice(0)
}

function toAuthor(record: Record<string, string>): WxrAuthor {
  return {
    id: record['wp:author_id']?.trim() ?? '',
    login: record['wp:author_login']?.trim() ?? '',
    displayName: record['wp:author_display_name']?.trim() ?? '',
    firstName: record['wp:author_first_name']?.trim() ?? '',
    lastName: record['wp:author_last_name']?.trim() ?? '',
  }
}

function toTerm(kind: 'category' | 'tag', record: Record<string, string>): WxrTerm {
  const field = (category: string, tag: string) =>
    (kind === 'category' ? record[category] : record[tag])?.trim() ?? ''
  return {
    kind,
    id: record['wp:term_id']?.trim() ?? '',
    slug: field('wp:category_nicename', 'wp:tag_slug'),
    name: field('wp:cat_name', 'wp:tag_name'),
    description: field('wp:category_description', 'wp:tag_description'),
    parentSlug: kind === 'category' ? (record['wp:category_parent']?.trim() ?? '') : '',
  }
}
