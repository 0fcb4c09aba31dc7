/** How often a pending gift's page asks again: as the no-JS meta refresh does. */
export const GIFT_POLL_MS = 5000
/** Past the site's 3-minute close, a page still pending has lost touch: stop asking. */
const GIVE_UP_AFTER_MS = 10 * 60_000

const WAITING = ['pending', 'unknown']

/**
 * A gift's status page while it waits for the PIN: fetch the same page every few seconds and
 * put its fresh region in place of this one (the live region stays, so the change is read
 * out), until the attempt is settled. No JSON endpoint: the page itself is the answer, so the
 * no-JS and the JS paths cannot tell different stories.
 */
export function followGiftStatus(root: Document, fetchPage?: typeof fetch): () => void {
  const region = root.querySelector<HTMLElement>('[data-gift-page]')
  if (!region || !isWaiting(region)) return () => {}
  const load = fetchPage ?? fetch
  const started = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const poll = async () => {
    try {
      const answer = await load(root.location.href, {
        cache: 'no-store',
        headers: { Accept: 'text/html' },
      })
      if (answer.ok) {
        const fresh = new DOMParser()
          .parseFromString(await answer.text(), 'text/html')
          .querySelector('[data-gift-page]')
        if (fresh && fresh.innerHTML !== region.innerHTML) {
          region.innerHTML = fresh.innerHTML
          const heading = region.querySelector('h1')?.textContent
          if (heading) root.title = `${heading} · Nabado`
        }
      }
    } catch {
      // Offline for a moment: the next poll tries again.
    }
    if (!stopped && isWaiting(region) && Date.now() - started < GIVE_UP_AFTER_MS) schedule()
  }
  const schedule = () => {
    timer = setTimeout(() => void poll(), GIFT_POLL_MS)
  }
  schedule()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}

function isWaiting(region: Element): boolean {
  const status = region.querySelector('[data-gift-status]')?.getAttribute('data-gift-status')
  return WAITING.includes(status ?? '')
}
