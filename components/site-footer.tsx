import type { CategoryLink, FooterLink } from '@/lib/content'
import { isExternalHref } from '@/lib/text/safe-url.ts'

/**
 * The footer of every reader page: the site, its categories, and the site's own links
 * (latest articles, support) followed by the editors' footer links from the settings
 * (About, Privacy…), in the editors' order.
 */
export function SiteFooter({
  siteName,
  tagline,
  categories,
  links,
}: {
  siteName: string
  tagline: string | null
  categories: CategoryLink[]
  links: FooterLink[]
}) {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{siteName}</span>
          {tagline ? <> · {tagline}</> : null}
        </p>
        {categories.length > 0 ? (
          <nav aria-labelledby="footer-categories">
            <h2 id="footer-categories" className="font-semibold text-ink">
              Categories
            </h2>
            <ul className="flex flex-wrap gap-x-4">
              {categories.map((category) => (
                <li key={category._id}>
                  <a
                    href={`/category/${category.slug}`}
                    className="inline-flex min-h-11 items-center underline"
                  >
                    {category.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4">
            <li>
              <a href="/" className="inline-flex min-h-11 items-center underline">
                Latest articles
              </a>
            </li>
            <li>
              <a href="/support" className="inline-flex min-h-11 items-center underline">
                Support Nabado
              </a>
            </li>
            {links.map((link) => (
              <li key={link._key}>
                <a
                  href={link.href}
                  className="inline-flex min-h-11 items-center underline"
                  {...(isExternalHref(link.href) ? { rel: 'noopener noreferrer' } : {})}
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
