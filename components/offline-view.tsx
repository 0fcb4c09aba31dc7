/**
 * The offline page (/offline): the articles kept on this phone for reading without a
 * connection. The server renders the list empty; the offline worker (lib/browser/offline/sw.ts)
 * fills it from what it keeps (lib/browser/offline/html.ts `offlinePage`) whenever it answers this
 * page, online or off, and shows it in place of any page it has no copy of while offline.
 * Without a worker (JavaScript off, workers blocked) the page says nothing is saved.
 */
export function OfflineView() {
  return (
    <div className="mx-auto max-w-[65ch]">
      <h1 className="font-serif text-4xl font-bold">Saved articles</h1>
      <p className="mt-4 text-lg">
        The articles you open are kept on this phone, so you can read them without a connection: the
        last 30, the one you opened last first.
      </p>
      <ul data-offline-list="" className="mt-8 grid gap-6"></ul>
      <p data-offline-empty="" className="mt-8 text-muted">
        Nothing is saved on this phone yet. Articles you open while you have a connection will
        appear here.
      </p>
      <p className="mt-8">
        <a href="/" className="inline-block py-1 text-accent underline">
          Read the latest articles
        </a>
      </p>
    </div>
  )
}
