import { autop } from '@wordpress/autop'
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
 * names returned.
 */
export function bodyHtml(content: string): BodyHtml {
  const editor = /<!--\s+wp:[a-z]/.test(content) ? 'block' : 'classic'
  const { html, dropped } = stripShortcodes(content)
  return {
    html: editor === 'classic' ? autop(html) : html.replace(/<!--[\s\S]*?-->/g, ''),
    editor,
    shortcodes: dropped,
  }
}
