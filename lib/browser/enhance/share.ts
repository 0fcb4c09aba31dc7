const canShare = () => typeof navigator.share === 'function'

/**
 * The server renders share buttons `hidden`: only where the device has a share sheet do they
 * appear, so no reader meets a button that does nothing.
 */
export function revealShareButtons(root: ParentNode): void {
  if (!canShare()) return
  root.querySelectorAll<HTMLElement>('[data-share-url]').forEach((button) => {
    button.hidden = false
  })
}

/** Opens the device's own share sheet for the button's address and title. */
export function shareFrom(button: HTMLElement): Promise<void> {
  if (!canShare()) return Promise.resolve()
  return navigator
    .share({
      url: button.getAttribute('data-share-url') ?? undefined,
      title: button.getAttribute('data-share-title') ?? undefined,
    })
    .catch(() => {
      // A reader closing the sheet rejects the promise: that is not an error.
    })
}
