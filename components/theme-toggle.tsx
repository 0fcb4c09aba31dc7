/**
 * Switches between light and dark and remembers the choice (lib/browser/enhance/theme.ts does it on
 * click). Without JavaScript it is not displayed (`.needs-js`): the system setting applies.
 * Its name always says what it does: both labels are in the HTML and the CSS shows the one
 * for the theme a click would switch to ("Dark theme" while the page is light), so the
 * label is right before any script runs and whichever way the theme was chosen.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle=""
      className="needs-js inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border-2 border-muted px-3 font-semibold text-ink hover:bg-card sm:px-4"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
        <path data-theme-label="dark" d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
        <path
          data-theme-label="light"
          d="M12 17a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0-15 1 3h-2l1-3Zm0 20-1-3h2l-1 3ZM2 12l3-1v2l-3-1Zm20 0-3 1v-2l3 1Z"
        />
      </svg>
      {/* On phones the icon alone, so the header keeps room; the name stays in the button. */}
      <span data-theme-label="dark" className="sr-only sm:not-sr-only">
        Dark theme
      </span>
      <span data-theme-label="light" className="sr-only sm:not-sr-only">
        Light theme
      </span>
    </button>
  )
}
