'use client'

import Link from 'next/link'

/** Shown inside the site's chrome when a page fails; never shows the error itself. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-lg">
        This page could not be loaded just now. Please try again in a moment.
      </p>
      <p className="mt-6 flex gap-4">
        <button
          type="button"
          onClick={reset}
          className="min-h-11 rounded-full bg-accent px-5 font-semibold text-accent-ink"
        >
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center text-accent underline">
          Go to the home page
        </Link>
      </p>
    </div>
  )
}
