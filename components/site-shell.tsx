import type { ReactNode } from 'react'
import type { Shell } from '@/lib/view-props/shell.ts'
import { SiteFooter } from './site-footer.tsx'
import { SiteHeader } from './site-header.tsx'

/** Header, main landmark and footer around every reader-facing page. */
export function SiteShell({ shell, children }: { shell: Shell; children: ReactNode }) {
  const { siteName, tagline, categories } = shell
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-page focus:p-3"
      >
        Skip to content
      </a>
      <SiteHeader siteName={siteName} tagline={tagline} />
      {/* tabIndex -1: the skip link moves the focus here, so the next Tab starts in main. */}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
      >
        {children}
      </main>
      <SiteFooter
        siteName={siteName}
        tagline={tagline}
        categories={categories}
        links={shell.footerLinks}
      />
    </div>
  )
}
