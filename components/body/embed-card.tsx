import type { PortableTextTypeComponentProps } from '@portabletext/react'
import { embedCardContent } from '@/lib/article/body-blocks.ts'

type Value = { url?: unknown; caption?: unknown }

/**
 * A post from YouTube, X, Instagram… as a light card: the provider, the address, the caption
 * and a link to the post on the provider's site. Nothing is loaded from the provider (no
 * iframe, no thumbnail), so the page makes no third-party request and the reader CSP stays
 * as it is. An address lib/article/embeds.ts does not recognise shows nothing.
 */
export function EmbedCard({ value, isInline }: PortableTextTypeComponentProps<Value>) {
  const card = isInline ? null : embedCardContent(value)
  if (!card) return null
  return (
    <figure className="body-embed not-prose my-8" data-provider={card.provider.id}>
      <div className="rounded-lg border border-rule bg-card p-4 font-sans sm:p-5">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {card.provider.name}
        </p>
        <p className="mt-1 text-base [overflow-wrap:anywhere] text-muted">{card.address}</p>
        <p className="mt-3">
          <a
            href={card.url}
            rel="noopener noreferrer"
            className="inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-accent px-4 text-base font-semibold text-accent hover:bg-accent hover:text-accent-ink"
          >
            {card.provider.action}
            <span aria-hidden="true">↗</span>
          </a>
        </p>
      </div>
      {card.caption ? (
        <figcaption className="mt-3 text-[0.875em] leading-snug text-muted">
          {card.caption}
        </figcaption>
      ) : null}
    </figure>
  )
}
