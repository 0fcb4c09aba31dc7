'use client'

import './globals.css'

/** Last resort when even the site's layout fails: plain, still in Nabado's colours. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-2xl px-4 py-16">
          <p className="font-serif text-3xl font-bold">Nabado</p>
          <h1 className="mt-8 font-serif text-4xl font-bold">Something went wrong</h1>
          <p className="mt-4 text-lg">
            The site could not be loaded just now. Please try again in a moment.
          </p>
          <p className="mt-6">
            {/* A full page load on purpose: the app's own navigation is what just failed. */}
            <a href="/" className="text-accent underline">
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
