import type { ReactNode } from 'react'

const TRY_AGAIN_CLASS =
  'inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-semibold text-accent-ink no-underline'

/**
 * The body of the site's error page: what happened, in plain words, and a way on. `retry` is
 * how to try again; by default a link to the address itself (an empty href), which needs no
 * script.
 */
export function ErrorMessage({ retry }: { retry?: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-lg">
        This page could not be loaded just now. Please try again in a moment.
      </p>
      <p className="mt-6 flex flex-wrap gap-4">
        {retry ?? (
          <a href="" className={TRY_AGAIN_CLASS}>
            Try again
          </a>
        )}
        <a href="/" className="inline-flex min-h-11 items-center text-accent underline">
          Go to the home page
        </a>
      </p>
    </div>
  )
}

/** A "Try again" button for pages that can retry in place (the editors' preview). */
export function TryAgainButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className={TRY_AGAIN_CLASS}>
      Try again
    </button>
  )
}
