import type { GiftFailure, GiftStatusProps } from '@/lib/view-props/giving.ts'
import { TillFallback } from './till-fallback.tsx'

const shillings = new Intl.NumberFormat('en-KE')

const FAILURES: Record<GiftFailure, { title: string; next: string }> = {
  cancelled: {
    title: 'The payment was cancelled on your phone',
    next: 'Nothing was taken. If you meant to give, try again.',
  },
  'no-answer': {
    title: 'Your phone did not answer the M-Pesa prompt',
    next: 'Nothing was taken. Check that your phone is on and has signal, then try again.',
  },
  'insufficient-funds': {
    title: 'There was not enough money in your M-Pesa account',
    next: 'Nothing was taken. You can try a smaller amount.',
  },
  'wrong-pin': {
    title: 'The M-Pesa PIN was not accepted',
    next: 'Nothing was taken. Try again and enter your M-PESA PIN carefully.',
  },
  other: {
    title: 'M-Pesa could not complete this',
    next: 'Nothing was taken. You can try again, or pay the till from the M-PESA menu.',
  },
}

/**
 * One attempt's page: waiting for the PIN, then what happened and what to do next. While the
 * attempt is pending the page refreshes itself (a <meta refresh> without JavaScript; with it,
 * the enhancement script replaces `data-gift-page`'s contents with the fresh page's).
 */
export function GiftStatusView(props: GiftStatusProps) {
  const { status, amount, tillNumber } = props
  return (
    // The script swaps this region's contents for the fresh page's: one live region, kept.
    <div className="mx-auto max-w-2xl" data-gift-page aria-live="polite">
      <div data-gift-status={status}>
        {status === 'unknown' ? (
          <>
            <h1 className="font-serif text-3xl font-bold">We cannot check your gift just now</h1>
            <p className="mt-4 text-lg">
              If the M-Pesa prompt reached your phone, you can still enter your PIN. This page tries
              again by itself.
            </p>
          </>
        ) : status === 'pending' ? (
          <>
            <h1 className="font-serif text-3xl font-bold">Check your phone</h1>
            <p className="mt-4 text-lg">
              Enter your M-Pesa PIN to give{' '}
              <strong className="tabular-nums">KES {shillings.format(amount)}</strong> to Nabado.
            </p>
            <p className="mt-3 text-muted">
              This page updates by itself. If no prompt appears within a minute, it will say so.
            </p>
          </>
        ) : status === 'paid' ? (
          <Received {...props} />
        ) : (
          <Failed failure={props.failure ?? 'other'} />
        )}
      </div>
      {status !== 'pending' && status !== 'paid' && status !== 'unknown' ? (
        <p className="mt-6">
          <a
            href={`/support#give-heading`}
            className="inline-flex min-h-11 items-center rounded-full bg-mpesa px-5 font-semibold text-mpesa-ink"
          >
            Try again
          </a>
        </p>
      ) : null}
      {status !== 'paid' ? <TillFallback lead="Or pay" tillNumber={tillNumber} /> : null}
      <p className="mt-8 text-sm text-muted">
        <a href="/support" className="underline underline-offset-4">
          Back to the support page
        </a>
      </p>
    </div>
  )
}

function Received({ amount, receipt, siteUrl, siteName }: GiftStatusProps) {
  const share = `https://wa.me/?text=${encodeURIComponent(`I support ${siteName}: ${siteUrl}`)}`
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Thank you</h1>
      <p className="mt-4 text-lg">
        We received <strong className="tabular-nums">KES {shillings.format(amount)}</strong>.
        {receipt ? (
          <>
            {' '}
            Your M-Pesa receipt is <strong className="tabular-nums">{receipt}</strong>.
          </>
        ) : null}
      </p>
      <p className="mt-4">
        <a
          href={share}
          rel="noopener"
          className="inline-flex min-h-11 items-center rounded-full border-2 border-mpesa px-5 font-semibold"
        >
          Share {siteName} on WhatsApp
        </a>
      </p>
    </>
  )
}

function Failed({ failure }: { failure: GiftFailure }) {
  const { title, next } = FAILURES[failure]
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg">{next}</p>
    </>
  )
}
