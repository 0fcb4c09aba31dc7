import Link from 'next/link'

export function SiteFooter({ siteName, tagline }: { siteName: string; tagline: string | null }) {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{siteName}</span>
          {tagline ? <> · {tagline}</> : null}
        </p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/" className="inline-flex min-h-11 items-center underline">
                Latest articles
              </Link>
            </li>
            <li>
              <Link href="/support" className="inline-flex min-h-11 items-center underline">
                Support Nabado
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
