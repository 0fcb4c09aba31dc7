/**
 * WordPress shortcodes ([gallery ids="1,2"], [su_box]…[/su_box]) only mean something to the
 * plugins that registered them; on the new site they would show as raw brackets. They are
 * removed here (an enclosing shortcode keeps the text it wraps) and their names reported.
 *
 * `[caption]` is WordPress's own image-with-caption markup, so it becomes a <figure> with a
 * <figcaption> instead, and the image survives with its caption. `[embed]URL[/embed]` becomes
 * the block editor's embed markup, and `[video]` and `[audio]` a <video> or <audio> element,
 * which the converter turns into embeds (or links, with a warning: rich-content.ts).
 *
 * Which bracketed words are shortcodes cannot be known without the site's plugins, so a
 * bracket counts as one only when it looks like one: a core name, attributes, a closing tag,
 * or a plugin-style name with _ or -. "[sic]" and "[1]" in an article stay as they are.
 */
const CORE = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist'])

const OPEN = /\[(\[?)(\/?)([a-zA-Z][\w-]*)((?:\s[^\]]*?)?)(\/?)\](\]?)/g

export type StrippedShortcodes = { html: string; dropped: string[] }

export function stripShortcodes(html: string): StrippedShortcodes {
  const dropped: string[] = []
  const withCaptions = html.replace(
    /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/g,
    (_, _name: string, attributes: string, inner: string) => captionFigure(attributes, inner),
  )
  const withMedia = withCaptions
    .replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/gi, (_, attributes: string, inner: string) =>
      embedFigure(inner.trim() || (shortcodeAttributes(attributes).src ?? '')),
    )
    .replace(
      /\[(video|audio)(\s[^\]]*)?\](?:((?:(?!\[(?:video|audio)[\s\]])[\s\S])*?)\[\/\1\])?/gi,
      (_, name: string, attributes = '', inner = '') =>
        mediaElement(name.toLowerCase() as 'video' | 'audio', attributes, inner),
    )
  const closing = new Set(
    [...withMedia.matchAll(/\[\/([a-zA-Z][\w-]*)\]/g)].map((match) => match[1]!.toLowerCase()),
  )
  const html2 = withMedia.replace(
    OPEN,
    (whole, escapeOpen: string, slash: string, name: string, attrs: string, _self, escapeClose) => {
      // [[name]] is WordPress's way of writing a literal [name].
      if (escapeOpen && escapeClose) return whole.slice(1, -1)
      const lower = name.toLowerCase()
      const looksLikeShortcode =
        CORE.has(lower) || attrs.trim() !== '' || closing.has(lower) || /[_-]/.test(name)
      if (!looksLikeShortcode) return whole
      if (!slash) dropped.push(lower)
      return escapeOpen + escapeClose
    },
  )
  return { html: html2, dropped }
}

/** [caption id="…" align="…" width="…"]<a><img …></a> Caption text[/caption] */
function captionFigure(attributes: string, inner: string): string {
  const image = inner.match(/^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i)
  const fromAttribute = attributes.match(/caption="([^"]*)"/)?.[1] ?? ''
  if (!image) return inner
  const caption = (image[2] ?? '').trim() || fromAttribute
  return `<figure>${image[1]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A shortcode's attributes: name="value", name='value' or name=value, names lower-cased. */
export function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    attributes[match[1]!.toLowerCase()] = (match[2] ?? match[3] ?? match[4] ?? '').trim()
  }
  return attributes
}

/** [embed]URL[/embed] as the block editor writes an embed, which the converter maps. */
function embedFigure(address: string): string {
  const url = address.replace(/<[^>]*>/g, '').trim()
  return `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${escapeAttribute(url)}</div></figure>`
}

const MEDIA_SOURCES = {
  video: ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'mov'],
  audio: ['src', 'mp3', 'm4a', 'ogg', 'wav', 'wma', 'flac'],
}

/** [video src="…"] / [audio mp3="…"] (or the address between the tags) as an element. */
function mediaElement(name: 'video' | 'audio', attributes: string, inner: string): string {
  const parsed = shortcodeAttributes(attributes)
  const source =
    MEDIA_SOURCES[name].map((key) => parsed[key]).find(Boolean) ??
    inner.replace(/<[^>]*>/g, '').trim()
  return `<figure class="wp-block-${name}"><${name} src="${escapeAttribute(source)}"></${name}></figure>`
}
