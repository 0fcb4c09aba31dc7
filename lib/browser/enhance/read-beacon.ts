// What readers read (#26): on an article page (<article data-read>), one beacon with the
// article's path once it has been on screen for READ_AFTER_MS at a stretch or scrolled past
// its middle. Once per article per tab session (sessionStorage, which a new tab starts
// empty); nothing else is sent or kept: no cookie, no id. A prerendered page (a prefetch)
// waits until it is shown; a hidden tab's time does not count. A read made offline waits in
// this tab's storage and goes when the browser is back online. The server
// (pages/api/read.ts) leaves out bots. Written for size: the beacon's budget is 400 B gzip.

export const READ_AFTER_MS = 15_000
export const READ_ENDPOINT = '/api/read'
const READ_KEY = 'nabado:read:'
const PENDING_KEY = 'nabado:reads-pending'

export function watchReads(win: Window): void {
  const nav = win.navigator
  if (!nav.sendBeacon) return
  const doc = win.document
  const article = doc.querySelector('article[data-read]')
  const path = win.location.pathname
  // Storage may be blocked (it throws): then reads count once per page, and offline ones are lost.
  const store = (key: string, value?: string): string | null => {
    try {
      const session = win.sessionStorage
      if (value === undefined) return session.getItem(key)
      if (value) session.setItem(key, value)
      else session.removeItem(key)
    } catch {
      // Nothing kept.
    }
    return null
  }
  const send = (read: string) => nav.onLine && nav.sendBeacon(READ_ENDPOINT, read)
  const flush = () => {
    store(
      PENDING_KEY,
      (store(PENDING_KEY) || '')
        .split(' ')
        .filter((read) => read && !send(read))
        .join(' '),
    )
  }
  win.addEventListener('online', flush)
  flush()
  if (!article || store(READ_KEY + path)) return

  let timer = 0
  let done = false
  const read = () => {
    if (done) return
    done = true
    store(READ_KEY + path, '1')
    if (!send(path)) store(PENDING_KEY, `${store(PENDING_KEY) || ''} ${path}`)
  }
  const watch = () => {
    win.clearTimeout(timer)
    if (doc.visibilityState === 'visible') timer = win.setTimeout(read, READ_AFTER_MS)
  }
  const start = () => {
    doc.addEventListener('visibilitychange', watch)
    win.addEventListener(
      'scroll',
      () => {
        const box = article.getBoundingClientRect()
        if (box.top + box.height / 2 < win.innerHeight) read()
      },
      { passive: true },
    )
    watch()
  }
  // A page the browser prerendered (speculation rules) is not read until it is shown.
  if ((doc as Document & { prerendering?: boolean }).prerendering) {
    doc.addEventListener('prerenderingchange', start, { once: true })
  } else start()
}
