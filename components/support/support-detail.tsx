import type { ReactNode } from 'react'
import { CopyButton } from '../copy-button.tsx'

/**
 * One thing a sender types into a remittance form, on its own line with its own copy button:
 * `children` is what the reader sees, `copyValue` exactly what the button copies.
 */
export function SupportDetail({
  term,
  hint,
  copyValue,
  copyLabel,
  children,
}: {
  term: string
  hint?: string
  copyValue: string
  copyLabel: string
  children: ReactNode
}) {
  return (
    <div className="border-t border-rule py-4 first:border-t-0">
      <dt className="text-sm font-semibold tracking-wide text-muted uppercase">{term}</dt>
      {/* On a phone the button drops below the value rather than squeezing it. */}
      <dd className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-2">
        <span className="flex min-h-11 min-w-0 items-center text-xl font-bold break-words sm:text-2xl">
          {children}
        </span>
        <CopyButton value={copyValue} label={copyLabel} />
      </dd>
      {hint ? <dd className="mt-1 text-base text-muted">{hint}</dd> : null}
    </div>
  )
}
