import { SearchForm } from './search-form.tsx'
import { ThemeToggle } from './theme-toggle.tsx'

export function SiteHeader({ siteName, tagline }: { siteName: string; tagline: string | null }) {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-4">
        <div className="min-w-0 flex-1">
          <a
            href="/"
            className="font-serif text-3xl font-bold tracking-tight text-ink no-underline"
          >
            {siteName}
          </a>
          {tagline ? <p className="text-sm text-muted">{tagline}</p> : null}
        </div>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-2 text-base">
            <li>
              <ThemeToggle />
            </li>
            <li>
              <a
                href="/support"
                className="inline-flex min-h-11 items-center rounded-full bg-accent px-4 font-semibold text-accent-ink no-underline"
              >
                Support us
              </a>
            </li>
          </ul>
        </nav>
        {/* A plain GET form: search works before any JavaScript has loaded, or without it. */}
        <SearchForm
          id="site-search"
          label="Search Nabado"
          placeholder="Search articles"
          className="w-full md:w-80"
        />
      </div>
    </header>
  )
}
