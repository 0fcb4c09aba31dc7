'use client'

import { useSyncExternalStore } from 'react'
import { THEME_STORAGE_KEY, type Theme } from '@/lib/theme'

const listeners = new Set<() => void>()
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

function subscribe(listener: () => void) {
  applyStoredChoice()
  listeners.add(listener)
  const query = darkQuery()
  query.addEventListener('change', listener)
  return () => {
    listeners.delete(listener)
    query.removeEventListener('change', listener)
  }
}

/**
 * The <head> script normally applies a stored choice before first paint; but a page Next.js
 * renders in the browser (a 404 from a per-request route) never runs it, so apply it here too.
 */
function applyStoredChoice() {
  if (document.documentElement.dataset.theme) return
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored
  } catch {
    // No storage: the system setting applies.
  }
}

/** The theme in effect: the reader's choice on <html>, else the system's. */
function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return darkQuery().matches ? 'dark' : 'light'
}

function choose(theme: Theme) {
  document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Storage may be off (private mode): the choice still holds for this page.
  }
  listeners.forEach((listener) => listener())
}

const TOGGLE_CLASS =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border-2 border-muted px-3 font-semibold text-ink hover:bg-card sm:px-4'

function ToggleFace() {
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
      </svg>
      {/* On phones the moon alone, so the header keeps room; the name stays "Dark theme". */}
      <span className="sr-only sm:not-sr-only">Dark theme</span>
    </>
  )
}

/**
 * A button that switches between light and dark and remembers the choice. It works only once
 * JavaScript runs (without it, the system setting applies); until then the server's HTML holds
 * its box, unseen and unannounced, so the header does not move when it appears (that shift
 * was Lighthouse's CLS of 0.051 on every page).
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null)
  if (!theme) {
    return (
      <span aria-hidden="true" className={`invisible ${TOGGLE_CLASS}`}>
        <ToggleFace />
      </span>
    )
  }
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => choose(dark ? 'light' : 'dark')}
      className={TOGGLE_CLASS}
    >
      <ToggleFace />
    </button>
  )
}
