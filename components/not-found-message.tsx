/** The body of the site's 404 page, inside whichever shell is already around it. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg">
        We could not find that page. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-6">
        {/* A link on its own, not in a sentence: a tap target of at least 24 px (WCAG 2.5.8). */}
        <a href="/" className="inline-block py-1 text-accent underline">
          Read the latest articles
        </a>
      </p>
    </div>
  )
}
