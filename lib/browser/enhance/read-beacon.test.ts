// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { READ_AFTER_MS, READ_ENDPOINT, watchReads } from './read-beacon.ts'

// The read beacon in a page: when it sends, what it sends, and when it keeps quiet. The
// end-to-end spec (e2e/reads.spec.ts) checks the same in Chromium against the built site.

const PATH = '/2026/02/28/love-and-money'
let sent: [string, unknown][]
let online: boolean
let visibility: DocumentVisibilityState

function setUp({ article = true } = {}) {
  window.history.replaceState(null, '', PATH)
  document.body.innerHTML = article ? '<article data-read><p>Text</p></article>' : '<main></main>'
  const rect = { top: 0, height: 4000 }
  vi.spyOn(document.body.firstElementChild!, 'getBoundingClientRect').mockImplementation(
    () => ({ top: rect.top, height: rect.height }) as DOMRect,
  )
  return rect
}

/** A page load in the same tab: a fresh script, the same sessionStorage. */
function load() {
  watchReads(window)
}

beforeEach(() => {
  vi.useFakeTimers()
  sent = []
  online = true
  visibility = 'visible'
  sessionStorage.clear()
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, body: unknown) => {
      sent.push([url, body])
      return true
    },
  })
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  })
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the read beacon', () => {
  it("sends the article's path, and nothing else, after 15 s on screen", () => {
    setUp()
    load()
    vi.advanceTimersByTime(READ_AFTER_MS - 1)
    expect(sent).toEqual([])
    vi.advanceTimersByTime(1)
    expect(sent).toEqual([[READ_ENDPOINT, PATH]])
    vi.advanceTimersByTime(60_000)
    expect(sent).toHaveLength(1)
  })

  it('sends once the reader has scrolled past the middle, once', () => {
    const rect = setUp()
    load()
    rect.top = -1000 // The middle (2000 px down) is at 1000 px: below the 800 px window.
    window.dispatchEvent(new Event('scroll'))
    expect(sent).toEqual([])
    rect.top = -1300
    window.dispatchEvent(new Event('scroll'))
    window.dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(READ_AFTER_MS)
    expect(sent).toEqual([[READ_ENDPOINT, PATH]])
  })

  it('counts once per tab session: a reload sends nothing again', () => {
    setUp()
    load()
    vi.advanceTimersByTime(READ_AFTER_MS)
    setUp()
    load()
    vi.advanceTimersByTime(READ_AFTER_MS)
    expect(sent).toHaveLength(1)
  })

  it('does not count a hidden tab: the 15 s start again when it is shown', () => {
    setUp()
    load()
    vi.advanceTimersByTime(10_000)
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    vi.advanceTimersByTime(60_000)
    expect(sent).toEqual([])
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    vi.advanceTimersByTime(READ_AFTER_MS)
    expect(sent).toHaveLength(1)
  })

  it('waits for a prerendered page to be shown', () => {
    setUp()
    Object.defineProperty(document, 'prerendering', { configurable: true, value: true })
    load()
    vi.advanceTimersByTime(60_000)
    expect(sent).toEqual([])
    Object.defineProperty(document, 'prerendering', { configurable: true, value: false })
    document.dispatchEvent(new Event('prerenderingchange'))
    vi.advanceTimersByTime(READ_AFTER_MS)
    expect(sent).toEqual([[READ_ENDPOINT, PATH]])
    Reflect.deleteProperty(document, 'prerendering')
  })

  it('sends nothing on a page that is not an article (or a preview, which is not marked)', () => {
    setUp({ article: false })
    load()
    vi.advanceTimersByTime(60_000)
    window.dispatchEvent(new Event('scroll'))
    expect(sent).toEqual([])
  })

  it('keeps a read made offline and sends it when the browser is back online', () => {
    setUp()
    online = false
    load()
    vi.advanceTimersByTime(READ_AFTER_MS)
    expect(sent).toEqual([])
    online = true
    window.dispatchEvent(new Event('online'))
    expect(sent).toEqual([[READ_ENDPOINT, PATH]])
    // Sent once: another reconnection or page load sends nothing more.
    window.dispatchEvent(new Event('online'))
    load()
    expect(sent).toHaveLength(1)
  })

  it('sends a read kept offline at the next page load, if the tab came back online unseen', () => {
    setUp()
    online = false
    load()
    vi.advanceTimersByTime(READ_AFTER_MS)
    online = true
    setUp({ article: false })
    load()
    expect(sent).toEqual([[READ_ENDPOINT, PATH]])
  })
})
