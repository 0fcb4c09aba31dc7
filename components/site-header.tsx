import Link from 'next/link'

export function SiteHeader({ siteName, tagline }: { siteName: string; tagline: string | null }) {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-4">
        <div>
          <Link
            href="/"
            className="font-serif text-3xl font-bold tracking-tight text-ink no-underline"
          >
            {siteName}
          </Link>
          {tagline ? <p className="text-sm text-muted">{tagline}</p> : null}
        </div>
        <nav aria-label="Main">
          <ul className="flex gap-2 text-base">
            <li>
              <Link
                href="/support"
                className="inline-flex min-h-11 items-center rounded-full bg-accent px-4 font-semibold text-accent-ink no-underline"
              >
                Support us
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
