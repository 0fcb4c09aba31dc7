'use client'

import { ErrorMessage, TryAgainButton } from '@/components/error-message.tsx'

/** Shown inside the preview's chrome when a page fails; never shows the error itself. */
export default function PreviewError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorMessage retry={<TryAgainButton onClick={reset} />} />
}
