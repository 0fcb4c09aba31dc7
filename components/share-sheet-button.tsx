'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}
// Only where the browser has a share sheet, and only after hydration: no dead button otherwise.
const useCanShare = () =>
  useSyncExternalStore(
    subscribe,
    () => typeof navigator.share === 'function',
    () => false,
  )

/** Opens the device's own share sheet (navigator.share), where there is one. */
export function ShareSheetButton({ url, title }: { url: string; title: string }) {
  const canShare = useCanShare()
  if (!canShare) return null
  return (
    <button
      type="button"
      onClick={() => {
        // A reader closing the sheet rejects the promise: that is not an error.
        navigator.share({ url, title }).catch(() => {})
      }}
      className="inline-flex min-h-11 items-center rounded-full border-2 border-ink px-4 font-semibold text-ink hover:bg-card"
    >
      More ways to share…
    </button>
  )
}
