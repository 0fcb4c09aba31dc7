import type { DeserializerRule } from '@portabletext/block-tools'
import { EMBED_PROVIDERS, recogniseEmbed } from '../../lib/article/embeds.ts'

/**
 * What WordPress writes beyond paragraphs, headings and lists, as the body's own blocks
 * (the shapes in sanity/schemaTypes/block-content.ts):
 *
 * | WordPress                                                      | becomes                          |
 * | -------------------------------------------------------------- | -------------------------------- |
 * | `<table>` (in a `wp-block-table` figure or not)                | `dataTable` (caption, headerRow) |
 * | `<pre>`, `<pre><code class="language-x">`, `wp-block-code`,    | `code` (language when given)     |
 * | `wp-block-preformatted`                                        |                                  |
 * | `<hr>`, `wp-block-separator`                                   | `divider`                        |
 * | embed blocks, `[embed]`, `[video]`, iframes, a bare address on | `embed` {url, caption} when      |
 * | its own line, X/Instagram/TikTok blockquotes                   | lib/article/embeds.ts knows the address  |
 * | `<dl>`                                                         | the term in bold, then its text  |
 * | `<ol start="8">`                                               | `listStart: 8` on the first item |
 *
 * Each becomes a placeholder element here (`<x-block data-block="{json}">`) that one
 * deserializer rule hands to the converter as a block. The block's data travels in an
 * attribute because the converter collapses whitespace in text (a code block's indentation
 * must survive). What cannot be mapped becomes a link or plain text and a warning.
 */

export const BLOCK_TAG = 'x-block'
const LIST_START = 'data-list-start'

type Warn = (message: string) => void
type RichBlock = { _type: string; [field: string]: unknown }

/** Reshapes `document` in place; call before the images and links are reshaped. */
export function reshapeRichContent(document: Document, warn: Warn): void {
  // The placeholders are the converter's: the same markup in a post is only its text.
  for (const element of [...document.querySelectorAll(BLOCK_TAG)])
    element.replaceWith(...element.childNodes)
  for (const item of document.querySelectorAll(`[${LIST_START}]`)) item.removeAttribute(LIST_START)
  inlineMarks(document)
  definitionLists(document)
  verses(document)
  tables(document, warn)
  codeBlocks(document)
  dividers(document)
  mediaAndEmbeds(document, warn)
  listStarts(document)
}

/** The converter rules for the placeholders and for numbered lists that do not start at 1. */
export function richContentRules(keyGenerator: () => string): DeserializerRule[] {
  let list = 0
  return [
    {
      deserialize(node, _next, createBlock) {
        if (!isElement(node) || node.localName !== BLOCK_TAG) return undefined
        const data = JSON.parse(node.getAttribute('data-block') ?? '{}') as RichBlock
        return createBlock({ ...withKeys(data, keyGenerator), _key: keyGenerator() })
      },
    },
    {
      // The first <li> of an <ol start="8">: the converter's own list item, plus listStart.
      deserialize(node, next) {
        if (!isElement(node) || node.localName !== 'li' || !node.hasAttribute(LIST_START))
          return undefined
        list += 1
        return {
          _type: 'block',
          style: 'normal',
          markDefs: [],
          level: 1,
          listItem: 'number',
          listStart: Number(node.getAttribute(LIST_START)),
          __list: list,
          children: next(node.childNodes),
        } as unknown as ReturnType<DeserializerRule['deserialize']>
      },
    },
  ]
}

/**
 * The converter splits a list item holding a nested list into several blocks, each a copy of
 * the item: only the first keeps listStart.
 */
export function keepFirstListStart<T extends Record<string, unknown>>(blocks: T[]): T[] {
  const seen = new Set<unknown>()
  return blocks.map((block) => {
    if (!('__list' in block)) return block
    const { __list: list, listStart, ...rest } = block
    const first = !seen.has(list)
    seen.add(list)
    return (first ? { ...rest, listStart } : rest) as unknown as T
  })
}

function withKeys(block: RichBlock, keyGenerator: () => string): RichBlock {
  if (block._type !== 'dataTable') return block
  const table = block.table as { rows: Array<{ cells: string[] }> }
  return {
    ...block,
    table: {
      _type: 'table',
      rows: table.rows.map((row) => ({ _type: 'tableRow', _key: keyGenerator(), ...row })),
    },
  }
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1
}

function placeholder(document: Document, block: RichBlock): Element {
  const element = document.createElement(BLOCK_TAG)
  element.setAttribute('data-block', JSON.stringify(block))
  return element
}

function paragraph(document: Document, ...content: Array<Node | string>): HTMLParagraphElement {
  const element = document.createElement('p')
  element.append(...content)
  return element
}

function link(document: Document, href: string, text = href): HTMLAnchorElement {
  const element = document.createElement('a')
  element.href = href
  element.textContent = text
  return element
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
const clipped = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** Marks editors reach through other tags: <kbd>, classic-editor underline and strike spans. */
function inlineMarks(document: Document): void {
  for (const element of [...document.querySelectorAll('kbd, samp, tt, ins')]) {
    const replacement = document.createElement(element.localName === 'ins' ? 'u' : 'code')
    replacement.append(...element.childNodes)
    element.replaceWith(replacement)
  }
  // TinyMCE's underline and strike-through buttons write a styled <span>.
  for (const span of [...document.querySelectorAll('span[style]')]) {
    const style = span.getAttribute('style') ?? ''
    for (const [pattern, tag] of [
      [/text-decoration[^;]*underline/i, 'u'],
      [/text-decoration[^;]*line-through/i, 's'],
    ] as const) {
      if (!pattern.test(style)) continue
      const mark = document.createElement(tag)
      mark.append(...span.childNodes)
      span.append(mark)
    }
  }
}

/** <dl>: each term a bold paragraph, each description a paragraph (or its own blocks). */
function definitionLists(document: Document): void {
  // Innermost first, so a list inside a description is already paragraphs.
  for (const list of [...document.querySelectorAll('dl')].reverse()) {
    const parts: Node[] = []
    for (const item of list.querySelectorAll('dt, dd')) {
      if (item.closest('dl') !== list) continue
      if (item.localName === 'dt') {
        const strong = document.createElement('strong')
        strong.append(...item.childNodes)
        parts.push(paragraph(document, strong))
      } else if (item.querySelector('p, div, ul, ol, table, pre, blockquote, figure, h2, h3')) {
        parts.push(...item.childNodes)
      } else {
        parts.push(paragraph(document, ...item.childNodes))
      }
    }
    list.replaceWith(...parts)
  }
}

/** A poem (wp-block-verse) keeps its lines as line breaks in a paragraph, not as code. */
function verses(document: Document): void {
  for (const verse of [...document.querySelectorAll('pre.wp-block-verse')]) {
    const lines = preText(verse).split('\n')
    const content = lines.flatMap((line, index) =>
      index === 0 ? [line] : [document.createElement('br'), line],
    )
    verse.replaceWith(paragraph(document, ...content))
  }
}

/** code-input's language values for the names WordPress plugins and editors write. */
const LANGUAGE_ALIASES: Record<string, string> = {
  js: 'javascript',
  ts: 'typescript',
  py: 'python',
  python3: 'python',
  rb: 'ruby',
  go: 'golang',
  cs: 'csharp',
  'c#': 'csharp',
  bash: 'sh',
  shell: 'sh',
  zsh: 'sh',
  console: 'sh',
  'shell-session': 'sh',
  yml: 'yaml',
  md: 'markdown',
  htm: 'html',
  xhtml: 'html',
  markup: 'html',
  bat: 'batchfile',
  cmd: 'batchfile',
  plain: 'text',
  plaintext: 'text',
  txt: 'text',
}

function codeLanguage(pre: Element): string | undefined {
  const code = pre.querySelector(':scope > code')
  const fromClass = (value: string | null | undefined) =>
    value?.match(/(?:^|\s)(?:language|lang)-([\w#+-]+)/i)?.[1] ??
    // SyntaxHighlighter Evolved ("brush: php;") and Crayon ("lang:js").
    value?.match(/(?:^|\s|;)(?:brush|lang)\s*:\s*([\w#+-]+)/i)?.[1]
  const fromAttribute = (value: string | null | undefined) =>
    value && /^[\w#+-]+$/.test(value.trim()) ? value.trim() : undefined
  const found =
    fromClass(code?.getAttribute('class')) ??
    fromClass(pre.getAttribute('class')) ??
    fromAttribute(code?.getAttribute('data-lang')) ??
    fromAttribute(pre.getAttribute('data-lang')) ??
    fromAttribute(pre.getAttribute('lang'))
  if (!found) return undefined
  const language = found.toLowerCase()
  return LANGUAGE_ALIASES[language] ?? language
}

/** A <pre>'s text as written: line breaks kept, <br> as a line break, no trailing blank. */
function preText(pre: Element): string {
  const copy = pre.cloneNode(true) as Element
  for (const br of [...copy.querySelectorAll('br')]) br.replaceWith('\n')
  return (copy.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n/, '').trimEnd()
}

function codeBlocks(document: Document): void {
  for (const pre of [...document.querySelectorAll('pre')]) {
    if (pre.parentElement?.closest('pre')) continue
    const code = preText(pre)
    if (!code.trim()) {
      pre.remove()
      continue
    }
    const language = codeLanguage(pre)
    pre.replaceWith(
      placeholder(document, { _type: 'code', code, ...(language ? { language } : {}) }),
    )
  }
}

/** A table cell's text: line breaks and block boundaries become spaces. */
function cellText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element
  for (const element of [...copy.querySelectorAll('br, p, div, li, h2, h3, h4')]) {
    element.before(' ')
    element.after(' ')
  }
  return collapse(copy.textContent)
}

function tableRows(table: Element): Element[] {
  const own = (selector: string) =>
    [...table.querySelectorAll(selector)].filter((row) => row.closest('table') === table)
  const head = own('thead > tr')
  const foot = own('tfoot > tr')
  const body = own('tr').filter((row) => !head.includes(row) && !foot.includes(row))
  return [...head, ...body, ...foot]
}

/** Rows of plain-text cells, merged cells spread out so every column lines up. */
function tableGrid(rows: Element[]): { cells: string[][]; merged: boolean } {
  const grid: string[][] = []
  let merged = false
  rows.forEach((row, rowIndex) => {
    const cells: string[] = (grid[rowIndex] ??= [])
    let column = 0
    const skipTaken = () => {
      while (cells[column] !== undefined) column += 1
    }
    for (const cell of row.querySelectorAll(':scope > td, :scope > th')) {
      skipTaken()
      const span = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50)
      const down = Math.min(Math.max(Number(cell.getAttribute('rowspan')) || 1, 1), 50)
      if (span > 1 || down > 1) merged = true
      for (let across = 0; across < span; across += 1) {
        cells[column + across] = across === 0 ? cellText(cell) : ''
        for (let below = 1; below < down && rowIndex + below < rows.length; below += 1)
          (grid[rowIndex + below] ??= [])[column + across] = ''
      }
      column += span
    }
  })
  const width = Math.max(0, ...grid.map((cells) => cells.length))
  return {
    cells: grid.map((cells) => Array.from({ length: width }, (_, index) => cells[index] ?? '')),
    merged,
  }
}

function tables(document: Document, warn: Warn): void {
  for (const table of [...document.querySelectorAll('table')]) {
    if (table.parentElement?.closest('table')) continue
    const rows = tableRows(table)
    const { cells, merged } = tableGrid(rows)
    const figure = table.closest('figure')
    const figcaption = figure?.querySelector(':scope > figcaption')
    const caption =
      collapse(table.querySelector(':scope > caption')?.textContent) ||
      collapse(figcaption?.textContent)
    const first = cells[0]?.filter(Boolean).join(' | ') ?? ''
    const name = caption ? `table "${clipped(caption)}"` : `table starting "${clipped(first)}"`
    const target = figure && figure.querySelectorAll('table').length === 1 ? figure : table

    if (cells.every((row) => row.every((cell) => cell === ''))) {
      warn(`${name} has no text and was left out`)
      target.remove()
      continue
    }
    const head = table.querySelector(':scope > thead > tr')
    const firstRow = rows[0]
    const headerRow =
      head !== null ||
      (firstRow !== undefined &&
        firstRow.querySelector(':scope > td') === null &&
        firstRow.querySelector(':scope > th') !== null)
    if (!caption)
      warn(`${name} has no caption: write one in the Studio (a table needs one to be published)`)
    if (merged) warn(`${name}: merged cells were split, the text is in the first of them`)
    if (table.querySelector('table')) warn(`${name}: a table inside a cell was kept as its text`)
    const links = [...table.querySelectorAll('a[href]')]
    if (links.length > 0)
      warn(
        `${name}: cells hold plain text, so ${links.length} link(s) kept as their words only (e.g. ${links[0]!.getAttribute('href')})`,
      )
    if (table.querySelector('img'))
      warn(`${name}: cells hold plain text, so images in cells were left out`)

    target.replaceWith(
      placeholder(document, {
        _type: 'dataTable',
        ...(caption ? { caption } : {}),
        headerRow,
        table: { rows: cells.map((row) => ({ cells: row })) },
      }),
    )
  }
}

function dividers(document: Document): void {
  for (const rule of [...document.querySelectorAll('hr')]) {
    rule.replaceWith(placeholder(document, { _type: 'divider', style: 'line' }))
  }
}

/**
 * The address readers would open for a provider's player address: the post itself, which
 * lib/article/embeds.ts recognises (youtube.com/embed/ID → youtube.com/watch?v=ID, …).
 */
export function postAddress(address: string): string {
  let url: URL
  try {
    url = new URL(address.trim().replace(/^\/\//, 'https://'))
  } catch {
    return address.trim()
  }
  const host = url.hostname.replace(/^www\./, '')
  const youtube = url.pathname.match(/^\/embed\/([\w-]{6,})/)
  if (/^youtube(?:-nocookie)?\.com$/.test(host) && youtube)
    return `https://www.youtube.com/watch?v=${youtube[1]}`
  const vimeo = url.pathname.match(/^\/video\/(\d+)/)
  if (host === 'player.vimeo.com' && vimeo) return `https://vimeo.com/${vimeo[1]}`
  if (host === 'open.spotify.com' && url.pathname.startsWith('/embed/'))
    return `https://open.spotify.com/${url.pathname.slice('/embed/'.length)}`
  const instagram = url.pathname.match(/^\/(p|reel|tv)\/([\w-]+)\/embed/)
  if (host === 'instagram.com' && instagram)
    return `https://www.instagram.com/${instagram[1]}/${instagram[2]}/`
  if (host === 'facebook.com' && url.pathname.startsWith('/plugins/')) {
    const href = url.searchParams.get('href')
    if (href) return href
  }
  if (/^(?:mobile\.)?twitter\.com$|^x\.com$/.test(host)) url.search = ''
  return url.href
}

/** Hosts WordPress embeds from (its oEmbed providers) that this site has no card for. */
const OTHER_OEMBED_HOSTS = [
  'soundcloud.com',
  'mixcloud.com',
  'dailymotion.com',
  'flickr.com',
  'flic.kr',
  'reddit.com',
  'tumblr.com',
  'ted.com',
  'wordpress.tv',
  'imgur.com',
  'issuu.com',
  'scribd.com',
  'slideshare.net',
  'speakerdeck.com',
  'kickstarter.com',
  'pinterest.com',
  'pocketcasts.com',
  'smugmug.com',
  'threads.net',
  'bsky.app',
]

/**
 * True when WordPress would have shown the address, alone on its line, as an embedded post:
 * a supported provider's post, or any address on a host WordPress embeds from.
 */
export function isEmbedAddress(address: string): boolean {
  return recogniseEmbed(postAddress(address)) !== null || looksEmbeddable(address)
}

/** True when WordPress would have embedded the address: the reader lost more than a link. */
function looksEmbeddable(address: string): boolean {
  try {
    const host = new URL(address).hostname.replace(/^www\./, '')
    const hosts = [...EMBED_PROVIDERS.flatMap((provider) => provider.hosts), ...OTHER_OEMBED_HOSTS]
    return hosts.some((known) => host === known || host.endsWith(`.${known}`))
  } catch {
    return false
  }
}

/**
 * Replaces `element` with an embed block when the address is a supported provider's post,
 * otherwise with a link to it (and the caption), warning about what `what` was.
 */
function embedOrLink(
  document: Document,
  element: Element,
  address: string,
  caption: string,
  what: string,
  warn: Warn,
): void {
  const url = postAddress(address)
  const recognised = recogniseEmbed(url)
  if (recognised) {
    element.replaceWith(
      placeholder(document, {
        _type: 'embed',
        url: recognised.url,
        ...(caption ? { caption } : {}),
      }),
    )
    return
  }
  if (!/^https?:\/\//i.test(url)) {
    warn(`${what} without a usable address left out${caption ? ` ("${clipped(caption)}")` : ''}`)
    element.remove()
    return
  }
  const names = EMBED_PROVIDERS.map((provider) => provider.name).join(', ')
  warn(
    /file$/.test(what)
      ? `${what} ${url} kept as a link: the site plays no media files itself (put it on YouTube, Vimeo or Spotify and embed that address)`
      : `${what} ${url} kept as a link: the site embeds posts from ${names} only`,
  )
  const parts = [paragraph(document, link(document, url))]
  if (caption) parts.push(paragraph(document, caption))
  element.replaceWith(...parts)
}

function mediaAndEmbeds(document: Document, warn: Warn): void {
  // Block-editor embeds ([embed] and classic bare-address lines arrive in this shape too).
  for (const figure of [...document.querySelectorAll('figure.wp-block-embed, .wp-block-embed')]) {
    if (!figure.isConnected) continue
    const wrapper = figure.querySelector('.wp-block-embed__wrapper')
    const inner = wrapper?.querySelector('iframe[src], a[href]')
    const address =
      collapse(wrapper?.textContent).split(' ')[0] ||
      inner?.getAttribute('src') ||
      inner?.getAttribute('href') ||
      ''
    const caption = collapse(figure.querySelector('figcaption')?.textContent)
    embedOrLink(document, figure, address, caption, 'embed', warn)
  }
  // Self-hosted video and audio (wp-block-video, [video], [audio], <video>, <audio>).
  for (const media of [...document.querySelectorAll('video, audio')]) {
    if (!media.isConnected) continue
    const figure = media.closest('figure')
    const source =
      media.getAttribute('src') ||
      media.querySelector('source[src]')?.getAttribute('src') ||
      media.querySelector('a[href]')?.getAttribute('href') ||
      ''
    const caption = collapse(figure?.querySelector('figcaption')?.textContent)
    const target = figure && figure.querySelectorAll('video, audio').length === 1 ? figure : media
    embedOrLink(document, target, source, caption, `${media.localName} file`, warn)
  }
  for (const frame of [...document.querySelectorAll('iframe')]) {
    if (!frame.isConnected) continue
    const source = frame.getAttribute('src') || frame.getAttribute('data-src') || ''
    const title = collapse(frame.getAttribute('title'))
    const holder = frame.closest('p')
    const alone =
      holder &&
      collapse(holder.textContent) === '' &&
      holder.querySelectorAll('iframe').length === 1
    embedOrLink(
      document,
      alone ? holder : frame,
      source,
      '',
      `iframe${title ? ` "${clipped(title)}"` : ''}`,
      warn,
    )
  }
  for (const element of [...document.querySelectorAll('object, embed')]) {
    warn(`<${element.localName}> (a plugin or Flash player) left out`)
    element.remove()
  }
  // Embed codes pasted from X, Instagram and TikTok: a blockquote linking to the post.
  for (const quote of [
    ...document.querySelectorAll(
      'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed',
    ),
  ]) {
    const candidates = [
      quote.getAttribute('cite'),
      quote.getAttribute('data-instgrm-permalink'),
      ...[...quote.querySelectorAll('a[href]')].reverse().map((a) => a.getAttribute('href')),
    ].filter((href): href is string => Boolean(href))
    const address =
      candidates.find((candidate) => recogniseEmbed(postAddress(candidate))) ?? candidates[0] ?? ''
    embedOrLink(document, quote, address, '', 'embedded post', warn)
  }
  // WordPress's oEmbed convention: an address alone in its paragraph is shown as the post.
  for (const paragraphElement of [...document.querySelectorAll('p')]) {
    const text = paragraphElement.textContent?.trim() ?? ''
    if (paragraphElement.children.length > 0 || !/^https?:\/\/\S+$/.test(text)) continue
    if (isEmbedAddress(text)) {
      embedOrLink(document, paragraphElement, text, '', 'embedded address', warn)
    } else {
      paragraphElement.replaceChildren(link(document, text))
    }
  }
}

/** <ol start="8">: its first item carries the number the list starts at. */
function listStarts(document: Document): void {
  for (const list of [...document.querySelectorAll('ol[start]')]) {
    const start = Number(list.getAttribute('start'))
    const first = list.querySelector(':scope > li')
    if (!first || !Number.isSafeInteger(start) || start <= 1) continue
    first.setAttribute(LIST_START, String(start))
  }
}
