import { THEME_STORAGE_KEY, type Theme } from '../../theme/choice.ts'

/** The theme in effect: the reader's choice on <html>, else the system's. */
export function currentTheme(doc: Document): Theme {
  const chosen = doc.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/**
 * Switches to the other theme and remembers it for the <head> boot script. The button says
 * what it will do through its labels (CSS shows the one for the theme you would switch to),
 * so there is no aria-pressed to keep in step.
 */
export function toggleTheme(doc: Document): Theme {
  const next: Theme = currentTheme(doc) === 'dark' ? 'light' : 'dark'
  doc.documentElement.dataset.theme = next
  try {
    localStorage.setItem(THEME_STORAGE_KEY, next)
  } catch {
    // Storage may be off (private mode): the choice still holds for this page.
  }
  return next
}
