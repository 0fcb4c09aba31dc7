import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { siteMetadata } from '@/lib/seo/metadata'
import { themeBootScript } from '@/lib/theme'

// The title template ("%s · Nabado"), a canonical address and og:url for every path, the
// default share image, and the RSS feed's autodiscovery link (lib/seo/metadata.ts).
export const metadata: Metadata = siteMetadata()

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#1d1a17' },
  ],
}

/** The bare document. The reader's chrome lives in (site)/; the Studio brings its own. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets data-theme before hydration: React is told not to mind it.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* A reader's stored light/dark choice, applied before first paint (lib/theme.ts). */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
