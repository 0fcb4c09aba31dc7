'use client'

import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

type CopyState = { status: 'idle' } | { status: 'copied' | 'failed'; count: number }

const CONFIRMATION_MS = 3000

// True only in the browser after hydration. Until then the server's HTML holds the button's
// box, unseen and unannounced, so the page does not move when the button appears (at 360 px
// the buttons sit below the values); without JavaScript the box is not displayed at all
// (.needs-js), so no dead button shows and the value stays plain, selectable text.
const subscribe = () => () => {}
const useHydrated = () =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )

/**
 * Copies `value` exactly, and says so: the button shows "Copied" and a polite live region
 * announces it. `label` is the button's accessible name, e.g. "Copy till number".
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
  const hydrated = useHydrated()
  const [state, setState] = useState<CopyState>({ status: 'idle' })
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (state.status === 'idle') return
    const timer = window.setTimeout(() => setState({ status: 'idle' }), CONFIRMATION_MS)
    return () => window.clearTimeout(timer)
  }, [state])

  if (!hydrated) {
    return (
      <span aria-hidden="true" className={`needs-js invisible ${BUTTON_CLASS}`}>
        <ButtonFace copied={false} />
      </span>
    )
  }

  async function copy() {
    const copied = (await copyWithClipboardApi(value)) || copyWithTextarea(value)
    buttonRef.current?.focus()
    setState((previous) => ({
      status: copied ? 'copied' : 'failed',
      count: previous.status === 'idle' ? 1 : previous.count + 1,
    }))
  }

  const copied = state.status === 'copied'
  const colours =
    tone === 'mpesa'
      ? 'border-mpesa bg-mpesa text-mpesa-ink'
      : 'border-ink bg-page text-ink hover:bg-card'

  return (
    <span className="inline-flex items-center">
      <button ref={buttonRef} type="button" onClick={copy} className={`${BUTTON_CLASS} ${colours}`}>
        <ButtonFace copied={copied} />
        <span className="sr-only">{label}</span>
      </button>
      <span
        role="status"
        aria-live="polite"
        aria-atomic="true"
        // Success shows on the button; a failure is spelled out beside it.
        className={state.status === 'failed' ? 'ml-3 max-w-48 text-sm' : 'sr-only'}
      >
        {/* A new node per copy, so copying twice is announced twice. */}
        {state.status === 'copied' ? <span key={state.count}>Copied</span> : null}
        {state.status === 'failed' ? (
          <span key={state.count}>Could not copy. Select the text and copy it yourself.</span>
        ) : null}
      </span>
    </span>
  )
}

// rounded-full! outranks the global :focus-visible radius, so focus keeps the pill shape.
const BUTTON_CLASS =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full! border-2 px-4 font-sans text-base font-semibold'

/** The icon and the visible word; the accessible name stays the button's `label`. */
function ButtonFace({ copied }: { copied: boolean }) {
  return (
    <>
      {copied ? <CheckIcon /> : <CopyIcon />}
      {/* Both words share one grid cell, so the button keeps its width when "Copy" becomes
          "Copied". */}
      <span aria-hidden="true" className="grid justify-items-center">
        <span className={`col-start-1 row-start-1 ${copied ? 'invisible' : ''}`}>Copy</span>
        <span className={`col-start-1 row-start-1 ${copied ? '' : 'invisible'}`}>Copied</span>
      </span>
    </>
  )
}

async function copyWithClipboardApi(value: string): Promise<boolean> {
  if (!window.isSecureContext || !navigator.clipboard?.writeText) return false
  try {
    await navigator.clipboard.writeText(value)
    return true
  } catch {
    return false
  }
}

/** For older Android WebViews without the async clipboard: select a hidden textarea and copy. */
function copyWithTextarea(value: string): boolean {
  const textarea = document.createElement('textarea')
  textarea.value = value
  textarea.setAttribute('readonly', '')
  textarea.setAttribute('aria-hidden', 'true')
  // 16px stops iOS from zooming in on focus; off-screen and transparent, never seen.
  textarea.style.cssText =
    'position:fixed;top:0;left:-9999px;opacity:0;font-size:16px;pointer-events:none'
  document.body.appendChild(textarea)
  let copied = false
  try {
    textarea.select()
    textarea.setSelectionRange(0, value.length)
    copied = document.execCommand('copy')
  } catch {
    copied = false
  } finally {
    textarea.remove()
  }
  return copied
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
