// rounded-full! outranks the global :focus-visible radius, so focus keeps the pill shape.
const BUTTON_CLASS =
  'needs-js inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full! border-2 px-4 font-sans text-base font-semibold'

/**
 * Copies `value` exactly, and says so (lib/browser/enhance/copy.ts): the button shows "Copied" and the
 * polite live region beside it announces it, or spells out a failure. Without JavaScript the
 * button is not displayed (`.needs-js`) and the value stays plain, selectable text. `label`
 * is the button's accessible name, e.g. "Copy till number".
 */
export function CopyButton({
  value,
  label,
  tone = 'neutral',
}: {
  value: string
  label: string
  tone?: 'neutral' | 'mpesa'
}) {
  const colours =
    tone === 'mpesa'
      ? 'border-mpesa bg-mpesa text-mpesa-ink'
      : 'border-ink bg-page text-ink hover:bg-card'
  return (
    <span className="needs-js inline-flex items-center">
      <button type="button" data-copy={value} className={`${BUTTON_CLASS} ${colours}`}>
        {/* Both faces share one grid cell, so the button keeps its width when "Copy" becomes
            "Copied"; the CSS shows one by the button's data-copied. */}
        <span aria-hidden="true" className="grid justify-items-center">
          <span
            data-copy-face="idle"
            className="col-start-1 row-start-1 inline-flex items-center gap-2"
          >
            <CopyIcon />
            Copy
          </span>
          <span
            data-copy-face="done"
            className="col-start-1 row-start-1 inline-flex items-center gap-2"
          >
            <CheckIcon />
            Copied
          </span>
        </span>
        <span className="sr-only">{label}</span>
      </button>
      {/* Success shows on the button; a failure is spelled out here (data-copy-failed). */}
      <span
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-copy-status=""
        className="sr-only"
      />
    </span>
  )
}

function CopyIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </svg>
  )
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 12.5l5 5L20 6.5" />
    </svg>
  )
}
