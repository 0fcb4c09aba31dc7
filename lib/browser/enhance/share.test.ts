// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enhance } from './enhance.ts'
import { revealShareButtons, shareFrom } from './share.ts'

const URL_ = 'https://nabado.co.ke/2026/02/28/love-and-money'
const TITLE = 'Love & Money?'

function useShare(share: (data: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true })
  return share
}

const buttons = () => Array.from(document.querySelectorAll<HTMLButtonElement>('[data-share-url]'))

beforeEach(() => {
  document.body.innerHTML = `
    <button type="button" data-share-url="${URL_}" data-share-title="Love &amp; Money?" hidden>More ways to share…</button>
    <footer><button type="button" data-share-url="${URL_}" data-share-title="Love &amp; Money?" hidden>More ways to share…</button></footer>`
})

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share')
})

describe('revealShareButtons', () => {
  it('leaves the buttons hidden where there is no share sheet', () => {
    revealShareButtons(document)
    expect(buttons().map((button) => button.hidden)).toEqual([true, true])
  })

  it('shows every share button where there is one', () => {
    useShare(vi.fn(() => Promise.resolve()))
    revealShareButtons(document)
    expect(buttons().map((button) => button.hidden)).toEqual([false, false])
  })
})

describe('shareFrom', () => {
  it('opens the share sheet with the button’s address and title', async () => {
    const share = useShare(vi.fn(() => Promise.resolve()))
    await shareFrom(buttons()[0]!)
    expect(share).toHaveBeenCalledExactlyOnceWith({ url: URL_, title: TITLE })
  })

  it('swallows the rejection when the reader closes the sheet', async () => {
    useShare(vi.fn(() => Promise.reject(new DOMException('Share canceled', 'AbortError'))))
    await expect(shareFrom(buttons()[0]!)).resolves.toBeUndefined()
  })

  it('does nothing without a share sheet', async () => {
    await expect(shareFrom(buttons()[0]!)).resolves.toBeUndefined()
  })
})

describe('share buttons on a page', () => {
  it('appear at start-up and share on click', () => {
    const share = useShare(
      vi.fn(() => Promise.reject(new DOMException('Share canceled', 'AbortError'))),
    )
    enhance(document)
    expect(buttons().every((button) => !button.hidden)).toBe(true)
    buttons()[1]!.click()
    expect(share).toHaveBeenCalledExactlyOnceWith({ url: URL_, title: TITLE })
  })
})
