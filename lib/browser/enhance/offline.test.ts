// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkerMessage } from '../offline/names.ts'
import { enableOffline } from './offline.ts'

const COVER = 'http://localhost:3000/_next/image?url=%2Fdataset-images%2Fa.webp&w=640&q=60'

/** A stand-in for navigator.serviceWorker: records registrations and messages. */
function fakeContainer({ controlled = false } = {}) {
  const posted: unknown[] = []
  const listeners: ((event: { data: WorkerMessage }) => void)[] = []
  const registration = { active: { postMessage: (message: unknown) => posted.push(message) } }
  const container = {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
    ready: Promise.resolve(registration),
    startMessages: vi.fn(),
    addEventListener: (_type: string, listener: (event: { data: WorkerMessage }) => void) =>
      listeners.push(listener),
  }
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
  const send = (data: WorkerMessage) => listeners.forEach((listener) => listener({ data }))
  return { container, posted, send }
}

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { value: state, configurable: true })
}

/** An image as the page renders it, whose currentSrc jsdom does not compute. */
function addImage(alt: string, attributes = '') {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<figure><img alt="${alt}" width="1200" height="800" class="h-auto w-full rounded-md" srcset="${COVER} 640w" sizes="100vw" src="${COVER}" ${attributes}><figcaption>Caption</figcaption></figure>`,
  )
  const img = document.body.lastElementChild!.querySelector('img')!
  Object.defineProperty(img, 'currentSrc', {
    get: () => img.getAttribute('src'),
    configurable: true,
  })
  // jsdom lays nothing out: a column-wide image, 360 px.
  img.getBoundingClientRect = () => ({ width: 360, height: 240 }) as DOMRect
  return img
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  document.body.innerHTML = ''
  setReadyState('interactive')
})

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker')
  Reflect.deleteProperty(document, 'readyState')
})

describe('registering the worker', () => {
  it('waits for the page to load, then tells the worker about a page it did not see', async () => {
    const { container, posted } = fakeContainer()
    enableOffline(window)
    expect(container.register).not.toHaveBeenCalled()
    expect(container.startMessages).toHaveBeenCalled()
    window.dispatchEvent(new Event('load'))
    expect(container.register).toHaveBeenCalledExactlyOnceWith('/sw.js', { updateViaCache: 'all' })
    await flush()
    expect(posted).toEqual([{ type: 'seen', path: '/' }])
  })

  it('registers at once when the page has already loaded', () => {
    setReadyState('complete')
    const { container } = fakeContainer()
    enableOffline(window)
    expect(container.register).toHaveBeenCalledOnce()
  })

  it('says nothing to a worker that already controls the page', async () => {
    const { posted } = fakeContainer({ controlled: true })
    enableOffline(window)
    window.dispatchEvent(new Event('load'))
    await flush()
    expect(posted).toEqual([])
  })

  it('leaves the page alone without service workers, or when they are blocked', async () => {
    expect(() => enableOffline(window)).not.toThrow()
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    expect(() => enableOffline(window)).not.toThrow()
    const { container } = fakeContainer()
    container.register.mockImplementation(() =>
      Promise.reject(new DOMException('', 'SecurityError')),
    )
    enableOffline(window)
    window.dispatchEvent(new Event('load'))
    await flush()
    const img = addImage('A couple')
    expect(img.hidden).toBe(false)
  })
})

describe('an image the worker did not fetch', () => {
  it('shows its alt text in its own box, with a tap to load it', () => {
    const img = addImage('Two figures at dusk')
    const other = addImage('Another picture', 'data-other')
    Object.defineProperty(other, 'currentSrc', { get: () => `${COVER}&x=1`, configurable: true })
    const { send } = fakeContainer({ controlled: true })
    enableOffline(window)
    send({ type: 'skipped', url: COVER })

    expect(img.hidden).toBe(true)
    const box = img.nextElementSibling as HTMLButtonElement
    expect(box.tagName).toBe('BUTTON')
    expect(box.textContent).toBe('Two figures at dusk Tap to load image')
    // The image's own classes and shape: the page keeps its layout.
    expect(box.className).toContain('h-auto w-full rounded-md')
    expect(box.style.aspectRatio).toBe('1200 / 800')
    expect(other.hidden).toBe(false)
    // Once only, however many times the worker says so.
    send({ type: 'skipped', url: COVER })
    expect(document.querySelectorAll('button')).toHaveLength(1)
  })

  it('loads that one image on a tap, through the worker, at the size the page chose', () => {
    const img = addImage('Two figures at dusk')
    const { send } = fakeContainer({ controlled: true })
    enableOffline(window)
    send({ type: 'skipped', url: COVER })
    const box = img.nextElementSibling as HTMLButtonElement
    box.click()
    expect(img.getAttribute('src')).toBe(`${COVER}&nabado-load=1`)
    expect(img.hasAttribute('srcset')).toBe(false)
    expect(box.textContent).toContain('Loading…')
    img.dispatchEvent(new Event('load'))
    expect(img.hidden).toBe(false)
    expect(box.isConnected).toBe(false)
  })

  it('says so when the image cannot load, and tries again on the next tap', () => {
    const img = addImage('')
    const { send } = fakeContainer({ controlled: true })
    enableOffline(window)
    send({ type: 'skipped', url: COVER })
    const box = img.nextElementSibling as HTMLButtonElement
    expect(box.textContent).toBe('Image Tap to load image')
    box.click()
    img.dispatchEvent(new Event('error'))
    expect(box.textContent).toContain('Could not load it. Tap to try again')
    box.click()
    expect(img.getAttribute('src')).toBe(`${COVER}&nabado-load=1`)
  })

  it('keeps a thumbnail’s alt text for screen readers, its box too small to show it', () => {
    const img = addImage('A balance with a heart and coins')
    img.getBoundingClientRect = () => ({ width: 80, height: 80 }) as DOMRect
    img.style.aspectRatio = '1'
    const { send } = fakeContainer({ controlled: true })
    enableOffline(window)
    send({ type: 'skipped', url: COVER })
    const box = img.nextElementSibling as HTMLButtonElement
    expect(box.textContent).toBe('A balance with a heart and coins Load image')
    expect(box.querySelector('.sr-only')?.textContent).toBe('A balance with a heart and coins')
    expect(box.style.aspectRatio).toMatch(/^1( \/ 1)?$/)
  })

  it('never copies the image’s inline colour (next/image writes color:transparent)', () => {
    const img = addImage('Two figures at dusk', 'style="color:transparent;aspect-ratio:1.5"')
    const { send } = fakeContainer({ controlled: true })
    enableOffline(window)
    send({ type: 'skipped', url: COVER })
    const box = img.nextElementSibling as HTMLButtonElement
    expect(box.style.color).toBe('')
    expect(box.style.aspectRatio).toMatch(/^1.5( \/ 1)?$/)
  })

  it('is found when it finishes loading after the worker said so (a lazy image)', () => {
    const { send } = fakeContainer({ controlled: true })
    enableOffline(window)
    send({ type: 'skipped', url: COVER })
    const img = addImage('Late')
    expect(img.hidden).toBe(false)
    img.dispatchEvent(new Event('load'))
    expect(img.hidden).toBe(true)
  })
})

describe('the first page’s images', () => {
  it('are asked of the worker again once it has kept the page, same-origin content only', () => {
    const created: string[] = []
    vi.spyOn(window, 'Image').mockImplementation(function (this: HTMLImageElement) {
      const img = document.createElement('img')
      Object.defineProperty(img, 'src', { set: (value: string) => created.push(value) })
      return img
    } as unknown as () => HTMLImageElement)
    const shown = addImage('Shown')
    Object.defineProperty(shown, 'complete', { value: true })
    Object.defineProperty(shown, 'naturalWidth', { value: 640 })
    const notLoaded = addImage('Not loaded')
    Object.defineProperty(notLoaded, 'complete', { value: false })
    const { send } = fakeContainer()
    enableOffline(window)
    send({ type: 'saved', path: '/' })
    expect(created).toEqual([`${COVER}&nabado-copy=1`])
    vi.restoreAllMocks()
  })
})
