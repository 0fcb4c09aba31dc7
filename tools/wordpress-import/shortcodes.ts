/**
 * WordPress shortcodes ([gallery ids="1,2"], [su_box]…[/su_box]) only mean something to the
 * plugins that registered them; on the new site they would show as raw brackets. They are
 * removed here (an enclosing shortcode keeps the text it wraps) and their names reported.
 *
 * `[caption]` is WordPress's own image-with-caption markup, so it becomes a <figure> with a
 * <figcaption> instead, and the image survives with its caption.
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
  const closing = new Set(
    [...withCaptions.matchAll(/\[\/([a-zA-Z][\w-]*)\]/g)].map((match) => match[1]!.toLowerCase()),
  )
  const html2 = withCaptions.replace(
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
