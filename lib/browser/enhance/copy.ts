const CONFIRMATION_MS = 3000
const COPIED = 'Copied'
const FAILED = 'Could not copy. Select the text and copy it yourself.'

// One pending reset per button, so a second click restarts the 3 s rather than cutting it short.
const resets = new WeakMap<Element, ReturnType<typeof setTimeout>>()

/**
 * Copies the button's `data-copy` value exactly and says so: `data-copied` on the button swaps
 * its face to "Copied", and the live region beside it announces the result. Resolves to
 * whether the copy worked.
 */
export async function copyFrom(button: HTMLElement): Promise<boolean> {
  const value = button.getAttribute('data-copy') ?? ''
  const copied =
    (await copyWithClipboardApi(value)) || copyWithTextarea(button.ownerDocument, value)
  // The textarea fallback may take focus (Chrome focuses on select()) and then disappears:
  // give it back to the button.
  button.focus()
  showResult(button, copied)
  return copied
}

function showResult(button: HTMLElement, copied: boolean) {
  const status = statusFor(button)
  button.toggleAttribute('data-copied', copied)
  if (status) {
    status.toggleAttribute('data-copy-failed', !copied)
    // A new node per copy, so copying twice is announced twice.
    const message = button.ownerDocument.createElement('span')
    message.textContent = copied ? COPIED : FAILED
    status.textContent = ''
    status.appendChild(message)
  }
  clearTimeout(resets.get(button))
  resets.set(
    button,
    setTimeout(() => {
      resets.delete(button)
      button.removeAttribute('data-copied')
      if (status) {
        status.removeAttribute('data-copy-failed')
        status.textContent = ''
      }
    }, CONFIRMATION_MS),
  )
}

/** The live region is the button's next sibling; anything else there is not ours to write. */
function statusFor(button: HTMLElement): Element | null {
  const next = button.nextElementSibling
  return next && next.hasAttribute('data-copy-status') ? next : null
}

async function copyWithClipboardApi(value: string): Promise<boolean> {
  if (!window.isSecureContext || !navigator.clipboard?.writeText) return false
  try {
    await navigator.clipboard.writeText(value)
    return true
  } catch {
    return false
  }
}

/** For older Android WebViews without the async clipboard: select a hidden textarea and copy. */
function copyWithTextarea(doc: Document, value: string): boolean {
  const textarea = doc.createElement('textarea')
  textarea.value = value
  textarea.setAttribute('readonly', '')
  textarea.setAttribute('aria-hidden', 'true')
  // 16px stops iOS from zooming in on focus; off-screen and transparent, never seen.
  textarea.style.cssText =
    'position:fixed;top:0;left:-9999px;opacity:0;font-size:16px;pointer-events:none'
  doc.body.appendChild(textarea)
  let copied = false
  try {
    textarea.select()
    textarea.setSelectionRange(0, value.length)
    copied = doc.execCommand('copy')
  } catch {
    copied = false
  } finally {
    textarea.remove()
  }
  return copied
}
