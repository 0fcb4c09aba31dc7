// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { THEME_STORAGE_KEY } from '../../theme/choice.ts'
import { enhance } from './enhance.ts'
import { currentTheme, toggleTheme } from './theme.ts'

const html = document.documentElement

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && dark })),
  )
}

beforeEach(() => {
  delete html.dataset.theme
  localStorage.clear()
  systemPrefersDark(false)
  document.body.innerHTML = `
    <button type="button" data-theme-toggle class="needs-js">
      <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M21 12.8Z" /></svg>
      <span data-theme-label="dark">Dark theme</span><span data-theme-label="light">Light theme</span>
    </button>
    <p id="elsewhere">Some text</p>`
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('currentTheme', () => {
  it('is the reader’s choice on <html> when there is one', () => {
    systemPrefersDark(true)
    html.dataset.theme = 'light'
    expect(currentTheme(document)).toBe('light')
  })

  it('is the system’s otherwise, and ignores a value that is not a theme', () => {
    html.dataset.theme = 'sepia'
    systemPrefersDark(true)
    expect(currentTheme(document)).toBe('dark')
    systemPrefersDark(false)
    expect(currentTheme(document)).toBe('light')
  })
})

describe('toggleTheme', () => {
  it('switches a chosen dark theme to light and remembers it', () => {
    html.dataset.theme = 'dark'
    expect(toggleTheme(document)).toBe('light')
    expect(html.dataset.theme).toBe('light')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light')
  })

  it('switches away from the system theme when nothing is chosen', () => {
    systemPrefersDark(true)
    toggleTheme(document)
    expect(html.dataset.theme).toBe('light')
    expect(localStorage.getItem('nabado-theme')).toBe('light')

    delete html.dataset.theme
    systemPrefersDark(false)
    toggleTheme(document)
    expect(html.dataset.theme).toBe('dark')
    expect(localStorage.getItem('nabado-theme')).toBe('dark')
  })

  it('still applies the choice for the page when storage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    html.dataset.theme = 'light'
    expect(() => toggleTheme(document)).not.toThrow()
    expect(html.dataset.theme).toBe('dark')
  })
})

describe('the theme toggle on a page', () => {
  it('toggles on a click anywhere in the button, once per click even if enhanced twice', () => {
    enhance(document)
    enhance(document)
    const label = document.querySelector<HTMLElement>('[data-theme-label="dark"]')!
    label.click()
    expect(html.dataset.theme).toBe('dark')
    document.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(html.dataset.theme).toBe('light')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light')
  })

  it('ignores clicks elsewhere and leaves the button without aria-pressed', () => {
    enhance(document)
    document.getElementById('elsewhere')!.click()
    expect(html.dataset.theme).toBeUndefined()
    document.querySelector<HTMLElement>('[data-theme-toggle]')!.click()
    expect(document.querySelector('[data-theme-toggle]')!.hasAttribute('aria-pressed')).toBe(false)
  })
})
