import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { siteMetadata } from '@/lib/seo/metadata.ts'
import { bootScript } from '@/lib/theme/boot-script.ts'

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
    // The boot script sets data-js and data-theme before hydration: React is told not to mind.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* data-js, and a reader's stored light/dark choice, before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: bootScript }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
