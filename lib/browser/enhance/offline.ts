import {
  COPY_PARAM,
  isContentImagePath,
  LOAD_PARAM,
  WORKER_PATH,
  withParam,
  type PageMessage,
  type WorkerMessage,
} from '../offline/names.ts'

/**
 * The page's side of offline reading and data saving (lib/browser/offline/sw.ts is the worker's):
 * registers the worker once the page has loaded, tells it about a first page it did not see,
 * and turns an image the worker did not fetch (data saving, or offline and never seen) into
 * its alt text in the image's own box, with a tap to load that one image. Where service
 * workers are missing or blocked, nothing here runs and the page stays as it was.
 */
/** False in the dev server's build of this script (lib/browser/enhance/build.ts); unset in tests. */
declare const NABADO_OFFLINE: boolean | undefined

export function enableOffline(win: Window): void {
  if (typeof NABADO_OFFLINE !== 'undefined' && !NABADO_OFFLINE) return
  let container: ServiceWorkerContainer | undefined
  try {
    // Reading it can throw (a sandboxed frame, storage blocked).
    container = win.navigator.serviceWorker
  } catch {
    return
  }
  if (!container) return
  const doc = win.document
  const skipped = new Set<string>()
  const wasControlled = Boolean(container.controller)

  container.addEventListener('message', (event) => {
    const message = event.data as WorkerMessage | null
    if (message?.type === 'skipped') {
      skipped.add(message.url)
      showSkipped(doc, skipped)
    } else if (message?.type === 'saved') copyShownImages(doc)
  })
  // Messages the worker sent before this script ran wait until the page listens.
  container.startMessages()
  // An image that finishes later (lazy) with an answer the worker skipped.
  doc.addEventListener('load', () => skipped.size && showSkipped(doc, skipped), true)

  const register = () => {
    container
      // Checked for a new version through the HTTP cache (an hour, next.config.ts), not after
      // every page: Chromium asks after each navigation otherwise.
      .register(WORKER_PATH, { updateViaCache: 'all' })
      .then(() => container.ready)
      .then((registration) => {
        // A first visit: the page came from the network before the worker existed.
        if (!wasControlled && registration.active) {
          const message: PageMessage = {
            type: 'seen',
            path: win.location.pathname + win.location.search,
          }
          registration.active.postMessage(message)
        }
      })
      .catch(() => {
        // Blocked (private mode, a policy, storage full): the page works as before.
      })
  }
  if (doc.readyState === 'complete') register()
  else win.addEventListener('load', register)
}

/**
 * Asks the worker to keep the images the first page showed: the same addresses with a
 * marker, which the worker answers from the browser's own cache only (never the network).
 */
function copyShownImages(doc: Document): void {
  const copy = (img: HTMLImageElement) => {
    const src = img.currentSrc
    if (!img.naturalWidth || !src) return
    const url = new URL(src)
    if (url.origin !== doc.location.origin || !isContentImagePath(url.pathname)) return
    new Image().src = withParam(src, COPY_PARAM)
  }
  doc.querySelectorAll('img').forEach((img) => {
    // One still on its way may have passed the worker before it kept the page.
    if (img.complete) copy(img)
    else img.addEventListener('load', () => copy(img), { once: true })
  })
}

function showSkipped(doc: Document, skipped: Set<string>): void {
  doc.querySelectorAll('img').forEach((img) => {
    if (skipped.has(img.currentSrc) && !img.hasAttribute('data-skipped')) replaceImage(doc, img)
  })
}

const BOX =
  'flex flex-col items-center justify-center gap-1 overflow-hidden border border-dashed border-muted p-2 text-center text-xs text-muted'

/** The image's box, with its alt text and a tap to load it, in place of the image. */
function replaceImage(doc: Document, img: HTMLImageElement): void {
  img.setAttribute('data-skipped', '')
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = `${img.className} ${BOX}`
  // The image's shape: its own aspect-ratio (covers, thumbnails), else its width and height.
  const width = img.getAttribute('width')
  const height = img.getAttribute('height')
  button.style.aspectRatio =
    img.style.aspectRatio || (width && height ? `${width} / ${height}` : '')
  // A thumbnail's box is too small for a sentence: its alt text is read out, not shown.
  const small = img.getBoundingClientRect().width < 160
  const alt = doc.createElement('span')
  alt.className = small ? 'sr-only' : 'line-clamp-3'
  alt.textContent = img.alt.trim() || 'Image'
  const action = doc.createElement('span')
  action.className = 'font-semibold text-ink underline'
  action.textContent = small ? 'Load image' : 'Tap to load image'
  button.append(alt, ' ', action)
  img.hidden = true
  img.after(button)
  button.addEventListener('click', () => {
    action.textContent = 'Loading…'
    img.addEventListener(
      'load',
      () => {
        button.remove()
        img.hidden = false
        img.removeAttribute('data-skipped')
      },
      { once: true },
    )
    img.addEventListener(
      'error',
      () => {
        action.textContent = 'Could not load it. Tap to try again'
      },
      { once: true },
    )
    const src = img.currentSrc || img.src
    // Only this address is let through by the worker; the srcset would pick another.
    img.removeAttribute('srcset')
    img.removeAttribute('sizes')
    img.loading = 'eager'
    img.src = withParam(src.replace(new RegExp(`[?&]${LOAD_PARAM}=1`), ''), LOAD_PARAM)
  })
}
