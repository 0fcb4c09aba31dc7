/** Where the reader's theme choice is kept, and the attribute on <html> that applies it. */
export const THEME_STORAGE_KEY = 'nabado-theme'

export type Theme = 'light' | 'dark'

/**
 * Runs in <head> before the page paints: applies a stored choice as data-theme on <html>, so
 * there is no flash of the other theme. With nothing stored (or no JavaScript) the system
 * setting applies through prefers-color-scheme.
 */
export const themeBootScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`
