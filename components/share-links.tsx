import { shareLinks } from '@/lib/article/share-links.ts'
import { CopyButton } from './copy-button.tsx'
import { ShareSheetButton } from './share-sheet-button.tsx'

/**
 * Sharing an article: plain links to each service (no third-party scripts or images), then
 * copy link and the device's share sheet, which appear only when JavaScript can run them.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-12 border-t border-rule pt-8 font-sans">
      <h2 id="share-heading" className="mb-4 font-serif text-2xl font-bold">
        Share this article
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              target="_blank"
              className="inline-flex min-h-11 items-center rounded-full border-2 border-ink px-4 font-semibold text-ink no-underline hover:bg-card"
            >
              {link.name}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
        <li>
          <CopyButton value={url} label="Copy link to this article" />
        </li>
        <li>
          <ShareSheetButton url={url} title={title} />
        </li>
      </ul>
    </section>
  )
}
