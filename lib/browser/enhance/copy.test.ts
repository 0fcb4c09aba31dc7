// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { copyFrom } from './copy.ts'
import { enhance } from './enhance.ts'

const VALUE = '  0712 345 678 & <co> '
const FAILED = 'Could not copy. Select the text and copy it yourself.'

let button: HTMLButtonElement
let status: HTMLElement

function useClipboard(writeText: (value: string) => Promise<void>) {
  vi.stubGlobal('isSecureContext', true)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  return writeText
}

/** jsdom has no execCommand; this stands in for it, reporting what was selected to copy. */
function useExecCommand(result: boolean | 'throw') {
  const seen: { command: string; selected: string | undefined }[] = []
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: vi.fn((command: string) => {
      const textarea = document.querySelector('textarea')
      seen.push({
        command,
        selected: textarea?.value.slice(textarea.selectionStart, textarea.selectionEnd),
      })
      if (result === 'throw') throw new Error('not allowed')
      return result
    }),
  })
  return seen
}

const copied = () => button.hasAttribute('data-copied')
// Every node in the live region, so leftovers from an earlier copy would show.
const announced = () =>
  Array.from(status.childNodes, (node) => `${node.nodeName.toLowerCase()}:${node.textContent}`)

beforeEach(() => {
  vi.useFakeTimers()
  document.body.innerHTML = `
    <p>Till <span class="inline-flex">
      <button type="button" data-copy="${VALUE.replace('&', '&amp;').replace('<', '&lt;')}" class="needs-js">
        <span data-copy-face="idle"><svg aria-hidden="true"></svg>Copy</span>
        <span data-copy-face="done">Copied</span>
        <span class="sr-only">Copy till number</span>
      </button><span role="status" aria-live="polite" aria-atomic="true" data-copy-status class="sr-only"></span>
    </span></p>`
  button = document.querySelector('button')!
  status = document.querySelector('[data-copy-status]')!
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(navigator, 'clipboard')
  Reflect.deleteProperty(document, 'execCommand')
})

describe('copyFrom', () => {
  it('copies the value exactly with the async clipboard and says so', async () => {
    const writeText = useClipboard(vi.fn(() => Promise.resolve()))
    const execCommand = useExecCommand(true)
    expect(await copyFrom(button)).toBe(true)
    expect(writeText).toHaveBeenCalledExactlyOnceWith(VALUE)
    expect(execCommand).toEqual([])
    expect(copied()).toBe(true)
    expect(announced()).toEqual(['span:Copied'])
    expect(status.hasAttribute('data-copy-failed')).toBe(false)
    expect(document.activeElement).toBe(button)
  })

  it('falls back to a selected textarea outside a secure context, then gives focus back', async () => {
    const writeText = useClipboard(vi.fn(() => Promise.resolve()))
    vi.stubGlobal('isSecureContext', false)
    const seen = useExecCommand(true)
    expect(await copyFrom(button)).toBe(true)
    expect(writeText).not.toHaveBeenCalled()
    expect(seen).toEqual([{ command: 'copy', selected: VALUE }])
    expect(document.querySelector('textarea')).toBeNull()
    expect(document.activeElement).toBe(button)
    expect(copied()).toBe(true)
  })

  it('falls back to the textarea when the clipboard refuses', async () => {
    useClipboard(vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError'))))
    const seen = useExecCommand(true)
    expect(await copyFrom(button)).toBe(true)
    expect(seen.map((call) => call.selected)).toEqual([VALUE])
    expect(announced()).toEqual(['span:Copied'])
  })

  it('says plainly when nothing could copy, then clears after 3 s', async () => {
    useExecCommand('throw')
    expect(await copyFrom(button)).toBe(false)
    expect(copied()).toBe(false)
    expect(announced()).toEqual([`span:${FAILED}`])
    expect(status.hasAttribute('data-copy-failed')).toBe(true)
    expect(document.querySelector('textarea')).toBeNull()

    vi.advanceTimersByTime(2999)
    expect(status.hasAttribute('data-copy-failed')).toBe(true)
    vi.advanceTimersByTime(1)
    expect(announced()).toEqual([])
    expect(status.hasAttribute('data-copy-failed')).toBe(false)
  })

  it('treats execCommand answering false as a failure', async () => {
    useExecCommand(false)
    expect(await copyFrom(button)).toBe(false)
    expect(announced()).toEqual([`span:${FAILED}`])
  })

  it('announces a second copy with a new node, and a success after a failure clears it', async () => {
    useExecCommand(false)
    await copyFrom(button)
    const first = status.firstElementChild
    useClipboard(vi.fn(() => Promise.resolve()))
    await copyFrom(button)
    expect(status.children).toHaveLength(1)
    expect(status.firstElementChild).not.toBe(first)
    expect(status.hasAttribute('data-copy-failed')).toBe(false)
    const second = status.firstElementChild
    await copyFrom(button)
    expect(status.firstElementChild).not.toBe(second)
    expect(announced()).toEqual(['span:Copied'])
  })

  it('returns to idle 3 s after the last copy, not the first', async () => {
    useClipboard(vi.fn(() => Promise.resolve()))
    await copyFrom(button)
    vi.advanceTimersByTime(2000)
    await copyFrom(button)
    vi.advanceTimersByTime(2999)
    expect(copied()).toBe(true)
    expect(announced()).toEqual(['span:Copied'])
    vi.advanceTimersByTime(1)
    expect(copied()).toBe(false)
    expect(announced()).toEqual([])
  })

  it('leaves a next sibling that is not the live region alone', async () => {
    status.removeAttribute('data-copy-status')
    useClipboard(vi.fn(() => Promise.resolve()))
    await copyFrom(button)
    expect(copied()).toBe(true)
    expect(status.childNodes).toHaveLength(0)
  })
})

describe('copy buttons on a page', () => {
  it('copy when any part of the button is clicked', async () => {
    const writeText = useClipboard(vi.fn(() => Promise.resolve()))
    enhance(document)
    document.querySelector<HTMLElement>('[data-copy-face="idle"]')!.click()
    await vi.waitFor(() => expect(copied()).toBe(true))
    expect(writeText).toHaveBeenCalledExactlyOnceWith(VALUE)
    expect(announced()).toEqual(['span:Copied'])
  })
})
