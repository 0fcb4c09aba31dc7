/**
 * Opens the device's own share sheet (navigator.share). Hidden in the HTML: the enhancement
 * script (lib/browser/enhance/share.ts) shows it only where the browser has a share sheet, so no
 * dead button appears without JavaScript or on desktops without one.
 */
export function ShareSheetButton({ url, title }: { url: string; title: string }) {
  return (
    <button
      type="button"
      hidden
      data-share-url={url}
      data-share-title={title}
      className="inline-flex min-h-11 items-center rounded-full border-2 border-ink px-4 font-semibold text-ink hover:bg-card"
    >
      More ways to share…
    </button>
  )
}
