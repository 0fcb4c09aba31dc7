import { htmlToBlocks, type ImageSchemaMatcher } from '@portabletext/block-tools'
import { JSDOM } from 'jsdom'
import { stableKey } from '../../sanity/dataset/keys.ts'
import { bodySchemaType } from './body-schema.ts'
import { withFastXPath } from './fast-xpath.ts'
import { imageAddress } from './image-address.ts'
import { keepFirstListStart, reshapeRichContent, richContentRules } from './rich-content.ts'

export type ImageMode = 'asset' | 'link'

export type ConvertOptions = {
  /** The document the body belongs to: keys are derived from it, so output is stable. */
  documentId: string
  /** The WordPress site's address: relative links and images resolve against it. */
  baseUrl: string
  /** asset: image blocks `sanity dataset import` downloads; link: a link to the image. */
  images: ImageMode
  /** The export's attachment addresses: a resized copy is swapped for its listed original. */
  originals?: ReadonlySet<string>
}

export type Block = { _type: string; _key: string; [field: string]: unknown }

export type Converted = { blocks: Block[]; images: string[]; warnings: string[] }

const SAFE_HREF = /^(https?:|mailto:|tel:|[/#?.])/i

// One jsdom window parses every post: much cheaper than a new JSDOM each time. jsdom frees a
// document only after the event loop has turned (it queues tasks per document), so callers
// converting many posts yield between them (run-import.ts does).
let parserWindow: JSDOM['window'] | undefined
const parseHtml = (html: string): Document => {
  parserWindow ??= new JSDOM('').window
  return withFastXPath(new parserWindow.DOMParser().parseFromString(html, 'text/html'))
}

/**
 * Converts a post's HTML to Portable Text with Sanity's own converter
 * (@portabletext/block-tools) driven by the Studio's body schema, after reshaping what
 * WordPress writes into what that schema holds: h1 → h2, h4–h6 → h3, tables, code, rules,
 * embeds and definition lists as the body's own blocks (rich-content.ts), figure captions
 * onto their images, image links unwrapped. What has no place becomes a link or text, and a
 * warning.
 */
export function htmlToPortableText(html: string, options: ConvertOptions): Converted {
  const warnings: string[] = []
  const images: string[] = []
  const document = parseHtml(html)
  reshape(document, options, warnings)

  let counter = 0
  const keyGenerator = () => stableKey(options.documentId, 'body', counter++)
  const toImage: ImageSchemaMatcher = ({ props }) => {
    const src = props.src
    if (!src) return undefined
    images.push(src)
    const alt = props.alt?.trim()
    const caption = props['data-caption']?.trim()
    if (!alt) warnings.push(`image without alt text (${src}): describe it in the Studio`)
    return {
      _type: 'inlineImage',
      _key: keyGenerator(),
      _sanityAsset: `image@${src}`,
      ...(alt ? { alt } : {}),
      ...(caption ? { caption } : {}),
    }
  }

  const blocks = htmlToBlocks(document.body.innerHTML, bodySchemaType(), {
    parseHtml,
    keyGenerator,
    rules: richContentRules(keyGenerator),
    matchers: { image: toImage, inlineImage: toImage },
  }) as unknown as Block[]

  return {
    blocks: keepFirstListStart(blocks.filter((block) => !isEmptyText(block)).map(safeLinks)),
    images,
    warnings,
  }
}

function reshape(document: Document, options: ConvertOptions, warnings: string[]): void {
  const rename = (selector: string, tag: string) => {
    for (const element of [...document.querySelectorAll(selector)]) {
      const replacement = document.createElement(tag)
      replacement.append(...element.childNodes)
      element.replaceWith(replacement)
    }
  }
  rename('h1', 'h2')
  rename('h4, h5, h6', 'h3')

  for (const element of [...document.querySelectorAll('script, style, noscript')]) element.remove()

  reshapeRichContent(document, (warning) => warnings.push(warning))

  for (const image of [...document.querySelectorAll('img')]) {
    const src = imageAddress(image.getAttribute('src') ?? '', options.baseUrl, options.originals)
    if (!src) {
      warnings.push(`image with no usable address dropped: ${image.outerHTML.slice(0, 120)}`)
      image.remove()
      continue
    }
    const figure = image.closest('figure')
    const caption = figure?.querySelector('figcaption')?.textContent?.trim()
    figure?.querySelector('figcaption')?.remove()
    // WordPress's "link to media file" wraps the image in a link to itself: unwrap it.
    const parentLink = image.parentElement?.closest('a')
    if (parentLink && parentLink.textContent?.trim() === '') parentLink.replaceWith(image)

    if (options.images === 'link') {
      const link = document.createElement('a')
      link.href = src
      link.textContent = image.getAttribute('alt')?.trim() || caption || fileName(src)
      const paragraph = document.createElement('p')
      paragraph.append(link)
      ;(figure ?? image).replaceWith(paragraph)
      continue
    }
    image.setAttribute('src', src)
    for (const attribute of ['srcset', 'sizes', 'width', 'height', 'class', 'style'])
      image.removeAttribute(attribute)
    if (caption) image.setAttribute('data-caption', caption)
    if (figure) figure.replaceWith(image)
  }

  for (const link of [...document.querySelectorAll('a[href]')]) {
    const href = link.getAttribute('href') ?? ''
    if (href.startsWith('/') && !href.startsWith('//') && options.baseUrl) {
      link.setAttribute('href', new URL(href, options.baseUrl).href)
    }
  }
}

function fileName(src: string): string {
  return decodeURIComponent(new URL(src).pathname.split('/').pop() || src)
}

function isEmptyText(block: Block): boolean {
  if (block._type !== 'block') return false
  const children = (block.children ?? []) as Array<{ _type: string; text?: string }>
  return children.every((child) => child._type === 'span' && !child.text?.trim())
}

/** Only links readers can follow safely (the schema's rule): others keep their text. */
function safeLinks(block: Block): Block {
  if (block._type !== 'block' || !Array.isArray(block.markDefs)) return block
  const markDefs = block.markDefs as Array<{ _key: string; _type: string; href?: string }>
  const unsafe = new Set(
    markDefs
      .filter((def) => def._type === 'link' && !SAFE_HREF.test(def.href?.trim() ?? ''))
      .map((def) => def._key),
  )
  if (unsafe.size === 0) return block
  const children = (block.children as Array<{ marks?: string[] }>).map((child) => ({
    ...child,
    marks: (child.marks ?? []).filter((mark) => !unsafe.has(mark)),
  }))
  return { ...block, markDefs: markDefs.filter((def) => !unsafe.has(def._key)), children }
}
