import type { HeadingAnchor } from '@/lib/article/heading-id.ts'

/** Articles with at least this many sections get a table of contents. */
export const TOC_MIN_SECTIONS = 3

/**
 * The article's sections as links to their headings' anchors. On phones it folds away in a
 * <details> (open on wide screens is the reader's choice too); it works without JavaScript.
 */
export function TableOfContents({ headings }: { headings: HeadingAnchor[] }) {
  const sections = headings.filter((heading) => heading.level === 2)
  if (sections.length < TOC_MIN_SECTIONS) return null
  return (
    <nav aria-label="Contents" className="mb-10 rounded-lg border border-rule bg-card">
      <details className="group">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 font-sans text-base font-semibold text-ink">
          <span aria-hidden="true" className="mr-2 inline-block text-accent group-open:rotate-90">
            ▸
          </span>
          Contents
          <span className="ml-2 text-sm font-normal text-muted">({sections.length} sections)</span>
        </summary>
        <ol className="list-none space-y-1 border-t border-rule px-4 py-3 font-sans text-base">
          {sections.map((section) => (
            <li key={section.key}>
              <a
                href={`#${section.id}`}
                className="inline-flex min-h-6 items-center py-1 text-ink underline decoration-rule underline-offset-4 hover:decoration-accent"
              >
                {section.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  )
}
