import { autop } from '@wordpress/autop'
import { isEmbedAddress } from './rich-content.ts'
import { stripShortcodes } from './shortcodes.ts'

export type BodyHtml = { html: string; editor: 'block' | 'classic'; shortcodes: string[] }

/**
 * A post's stored content as the HTML WordPress would render, before conversion.
 *
 * Block-editor posts (<!-- wp:… --> comments) are stored as finished HTML: WordPress does not
 * run wpautop on them, so neither does this. Classic-editor posts are stored without <p>
 * tags, paragraphs being blank lines; WordPress adds the tags on display with wpautop, here
 * with its official JavaScript port (@wordpress/autop), so paragraphs split exactly as readers
 * saw them. Shortcodes are removed first (WordPress also expands them before wpautop), their
 * names returned. A classic post's address alone on a line is what WordPress shows as an
 * embedded post (its oEmbed convention, applied before wpautop): it becomes the block
 * editor's embed markup here, so both editors' embeds convert the same way.
 */
export function bodyHtml(content: string): BodyHtml {
  const editor = /<!--\s+wp:[a-z]/.test(content) ? 'block' : 'classic'
  const { html, dropped } = stripShortcodes(content)
  return {
    html: editor === 'classic' ? autop(embedLines(html)) : html.replace(/<!--[\s\S]*?-->/g, ''),
    editor,
    shortcodes: dropped,
  }
}

/** Lines holding only an embeddable address, outside <pre>, as embed markup. */
function embedLines(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/i)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/^([^\S\n]*)(https?:\/\/[^\s<>"]+)([^\S\n]*)$/gim, (line, _, url: string) =>
            isEmbedAddress(url)
              ? `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${url}</div></figure>`
              : line,
          ),
    )
    .join('')
}
