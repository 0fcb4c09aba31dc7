import { themeBootScript } from './choice.ts'

/**
 * Runs in <head> before the page paints. It marks <html data-js>, so the CSS can keep room
 * for controls that appear only once JavaScript has run (the copy buttons, `.needs-js`) and
 * leave no gap without JavaScript; then it applies the reader's stored theme (lib/theme/choice.ts).
 */
export const bootScript = `document.documentElement.dataset.js="";${themeBootScript}`
