import { copyFrom } from './copy.ts'
import { followGiftStatus } from './gift-status.ts'
import { revealShareButtons, shareFrom } from './share.ts'
import { toggleTheme } from './theme.ts'

/**
 * Wires the page's few interactive controls with one delegated click listener, so controls
 * need no per-element set-up. Safe to call twice (the script included twice, say): a second
 * listener would toggle the theme back on the same click.
 */
export function enhance(root: Document): void {
  const html = root.documentElement
  if (html.hasAttribute('data-enhanced')) return
  html.setAttribute('data-enhanced', '')
  revealShareButtons(root)
  followGiftStatus(root)
  root.addEventListener('click', (event) => {
    // Any Element (the svg inside a button, say) has closest(); the document itself does not.
    const target = event.target as Element
    const control = target.closest?.<HTMLElement>(
      '[data-theme-toggle],[data-copy],[data-share-url]',
    )
    if (!control) return
    if (control.hasAttribute('data-theme-toggle')) toggleTheme(root)
    else if (control.hasAttribute('data-copy')) void copyFrom(control)
    else void shareFrom(control)
  })
}
