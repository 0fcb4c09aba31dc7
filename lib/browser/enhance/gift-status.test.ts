// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { followGiftStatus, GIFT_POLL_MS } from './gift-status.ts'

const pageWith = (status: string, heading: string) => `
  <div data-gift-page aria-live="polite">
    <div data-gift-status="${status}"><h1>${heading}</h1></div>
  </div>`

const answer = (html: string) => new Response(`<!doctype html><body>${html}</body>`)

beforeEach(() => {
  vi.useFakeTimers()
  document.body.innerHTML = pageWith('pending', 'Check your phone')
})

afterEach(() => {
  vi.useRealTimers()
})

describe('followGiftStatus', () => {
  it('asks again every few seconds and puts the settled page in place, then stops', async () => {
    const fetchPage = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(answer(pageWith('pending', 'Check your phone')))
      .mockResolvedValueOnce(answer(pageWith('paid', 'Thank you')))
    const region = document.querySelector('[data-gift-page]')
    followGiftStatus(document, fetchPage)

    await vi.advanceTimersByTimeAsync(GIFT_POLL_MS)
    expect(fetchPage).toHaveBeenCalledTimes(1)
    expect(fetchPage.mock.calls[0]![1]).toMatchObject({ cache: 'no-store' })
    expect(document.querySelector('h1')?.textContent).toBe('Check your phone')

    await vi.advanceTimersByTimeAsync(GIFT_POLL_MS)
    expect(document.querySelector('h1')?.textContent).toBe('Thank you')
    // The live region itself is kept, so a screen reader reads the change.
    expect(document.querySelector('[data-gift-page]')).toBe(region)
    expect(document.title).toBe('Thank you · Nabado')

    await vi.advanceTimersByTimeAsync(GIFT_POLL_MS * 3)
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })

  it('keeps asking through a failed fetch', async () => {
    const fetchPage = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(answer(pageWith('cancelled', 'Cancelled')))
    followGiftStatus(document, fetchPage)
    await vi.advanceTimersByTimeAsync(GIFT_POLL_MS * 2)
    expect(document.querySelector('h1')?.textContent).toBe('Cancelled')
  })

  it('does nothing on a settled page or a page without a gift', async () => {
    const fetchPage = vi.fn<typeof fetch>()
    document.body.innerHTML = pageWith('paid', 'Thank you')
    followGiftStatus(document, fetchPage)
    document.body.innerHTML = '<p>An article</p>'
    followGiftStatus(document, fetchPage)
    await vi.advanceTimersByTimeAsync(GIFT_POLL_MS * 3)
    expect(fetchPage).not.toHaveBeenCalled()
  })
})
