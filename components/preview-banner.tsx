/** Shown only in draft mode, so an editor never mistakes a preview for the live site. */
export function PreviewBanner() {
  return (
    <div role="status" className="bg-ink px-4 py-2 text-center text-sm text-page">
      Preview: you are seeing unpublished drafts.{' '}
      {/* A full page load: this is a route handler that clears the preview cookie. */}
      <a href="/api/draft-mode/disable" className="font-semibold underline">
        Leave preview
      </a>
    </div>
  )
}
